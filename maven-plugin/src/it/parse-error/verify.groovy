def checks = evaluate(new File(basedir, '../../../src/it/common.groovy'))
def report = new File(basedir, 'target/backlint.sarif')
def run = checks.sarif(report).runs[0]
assert run.results.size() == 1 && run.results[0].ruleId == 'select-star'
def notes = run.invocations[0].toolExecutionNotifications
assert notes.size() == 1
assert notes[0].message.text.startsWith('could not parse')
assert notes[0].locations[0].physicalLocation.artifactLocation.uri ==
        checks.uriPrefix(basedir) + 'src/main/java/app/Broken.java'
assert checks.log(basedir).contains('src/main/java/app/Broken.java:4: error: could not parse')
checks.validate(report, sharedDir)
