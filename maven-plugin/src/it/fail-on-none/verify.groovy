def checks = evaluate(new File(basedir, '../../../src/it/common.groovy'))
def report = new File(basedir, 'target/backlint.sarif')
assert checks.results(report).size() == 1
assert !checks.log(basedir).contains('backlint found')
checks.validate(report, sharedDir)
