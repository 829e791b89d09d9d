def checks = evaluate(new File(basedir, '../../../src/it/common.groovy'))
assert checks.log(basedir).contains('1 file scanned')
def report = new File(basedir, 'target/backlint.sarif')
def results = checks.results(report)
assert results.size() == 1 : "the @Select array resolves through the mybatis jar: ${results}"
assert results[0].ruleId == 'select-star'
assert results[0].locations[0].physicalLocation.region.startLine == 9
checks.validate(report, sharedDir)
