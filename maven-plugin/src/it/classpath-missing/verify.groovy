def checks = evaluate(new File(basedir, '../../../src/it/common.groovy'))
assert checks.log(basedir).contains('1 file scanned')
def report = new File(basedir, 'target/backlint.sarif')
assert checks.results(report).isEmpty() : 'without the jar the wildcard-imported @Select is unknown: silence'
checks.validate(report, sharedDir)
