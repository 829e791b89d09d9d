def checks = evaluate(new File(basedir, '../../../src/it/common.groovy'))
def baseline = new File(basedir, 'backlint-baseline.sarif')
assert checks.results(baseline).size() == 1 : 'the baseline holds the one finding'
def report = new File(basedir, 'target/backlint.sarif')
def results = checks.results(report)
assert results.size() == 1
assert results[0].baselineState == 'unchanged'
assert results[0].level == null || results[0].level == 'warning'
def log = checks.log(basedir)
assert log.contains('1 in the baseline left out')
assert !log.contains('backlint found') : 'the warning is in the baseline: the build passes at failOn warning'
checks.validate(baseline, sharedDir)
checks.validate(report, sharedDir)
