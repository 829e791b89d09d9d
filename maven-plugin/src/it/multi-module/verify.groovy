def checks = evaluate(new File(basedir, '../../../src/it/common.groovy'))
def prefix = checks.uriPrefix(basedir)
def uris = { file -> checks.results(file).collect { it.locations[0].physicalLocation.artifactLocation.uri - prefix } }

def a = new File(basedir, 'module-a/target/backlint.sarif')
def b = new File(basedir, 'module-b/target/backlint.sarif')
assert uris(a) == ['module-a/src/main/java/a/ADao.java']
assert uris(b) == ['module-b/src/main/java/b/BDao.java', 'module-b/src/main/java/b/ProductMapper.java']

def aggregated = new File(basedir, 'target/backlint.sarif')
// the mapper's finding needs module-b's own classpath (mybatis), which module-a lacks
assert uris(aggregated) == ['module-a/src/main/java/a/ADao.java', 'module-b/src/main/java/b/BDao.java',
                            'module-b/src/main/java/b/ProductMapper.java']
for (report in [a, b, aggregated]) {
    checks.validate(report, sharedDir)
}
