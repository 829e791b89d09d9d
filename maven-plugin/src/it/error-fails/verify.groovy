def checks = evaluate(new File(basedir, '../../../src/it/common.groovy'))
def report = new File(basedir, 'target/backlint.sarif')
def log = checks.log(basedir)
assert log.contains('backlint found 1 finding at level error or above; see ' + report.path)
assert log.contains('src/main/java/app/OrderDao.java:5:16: error [select-star]')
def results = checks.results(report)
assert results.size() == 1
assert results[0].level == 'error'
assert results[0].locations[0].physicalLocation.artifactLocation.uri ==
        checks.uriPrefix(basedir) + 'src/main/java/app/OrderDao.java'
checks.validate(report, sharedDir)
