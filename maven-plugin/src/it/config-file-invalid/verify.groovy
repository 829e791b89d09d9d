def checks = evaluate(new File(basedir, '../../../src/it/common.groovy'))
def log = checks.log(basedir)
assert log.contains("ci/backlint.yml:2:1: unknown key 'exclude-tests'")
assert !new File(basedir, 'target/backlint.sarif').exists() : 'no scan ran'
