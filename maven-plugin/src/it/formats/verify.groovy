def checks = evaluate(new File(basedir, '../../../src/it/common.groovy'))
def target = new File(basedir, 'target')
def html = new File(target, 'backlint.html').text
assert html.startsWith('<!DOCTYPE html>')
assert html.contains('1 of 1 shown')
def parse = { String name ->
    javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(target, name))
}
def checkstyle = parse('backlint-checkstyle.xml')
assert checkstyle.getElementsByTagName('error').length == 1
assert checkstyle.getElementsByTagName('error').item(0).getAttribute('source') == 'backlint.select-star'
def junit = parse('TEST-backlint.xml')
assert junit.getElementsByTagName('failure').length == 1
def json = new groovy.json.JsonSlurper().parse(new File(target, 'backlint.json'))
assert json.findings.size() == 1
def log = checks.log(basedir)
assert log.readLines().any { it.startsWith('::warning file=' + checks.uriPrefix(basedir) + 'src/main/java/app/OrderDao.java,line=5') }
checks.validate(new File(target, 'backlint.sarif'), sharedDir)
