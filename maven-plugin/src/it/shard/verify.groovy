def checks = evaluate(new File(basedir, '../../../src/it/common.groovy'))
def uris = { int part ->
    checks.results(new File(basedir, "target/part-${part}.sarif")).collect {
        it.locations[0].physicalLocation.artifactLocation.uri
    } as Set
}
def first = uris(1)
def second = uris(2)
assert first.intersect(second).isEmpty() : "a file in both parts: ${first.intersect(second)}"
assert (first + second).size() == 6 : "every DAO in one part: ${first} ${second}"
assert !first.isEmpty() && !second.isEmpty() : "both parts have files: ${first} ${second}"
checks.validate(new File(basedir, 'target/part-1.sarif'), sharedDir)
