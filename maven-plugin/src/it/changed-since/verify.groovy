def checks = evaluate(new File(basedir, '../../../src/it/common.groovy'))
def report = new File(basedir, 'target/backlint.sarif')
def results = checks.results(report)
assert results.size() == 1 : 'OrderDao did not change since main'
assert results[0].locations[0].physicalLocation.artifactLocation.uri == 'src/main/java/app/NewDao.java'
assert checks.log(basedir).contains('backlint found 1 finding at level warning or above')
checks.validate(report, sharedDir)
