def checks = evaluate(new File(basedir, '../../../src/it/common.groovy'))
def report = new File(basedir, 'target/backlint.sarif')
def log = checks.log(basedir)
assert log.contains('backlint: configuration ' + new File(basedir, 'backlint.yml').canonicalFile.path) ||
        log.contains('backlint: configuration ' + new File(basedir, 'backlint.yml').path)
def results = checks.results(report)
assert results.size() == 1 : 'the generated folder is excluded'
assert results[0].level == 'error' : 'the level comes from backlint.yml'
assert results[0].locations[0].physicalLocation.artifactLocation.uri ==
        checks.uriPrefix(basedir) + 'src/main/java/app/OrderDao.java'
assert !log.contains('backlint found') : 'failOn none overrides fail-on: warning'
checks.validate(report, sharedDir)
