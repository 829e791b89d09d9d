// Helpers of the integration tests' verify scripts, evaluated by each as
// `def checks = evaluate(new File(basedir, '../../../src/it/common.groovy'))`.
import groovy.json.JsonSlurper

def sarif = { File file ->
    assert file.isFile() : "no SARIF report at ${file}"
    def log = new JsonSlurper().parse(file)
    assert log.runs.size() == 1 : "expected one run in ${file}, got ${log.runs.size()}"
    log
}

// Reported paths are relative to the git work tree around the build, else to the folder
// Maven ran in: the prefix of a project's own paths as they appear in its reports.
def uriPrefix = { File basedir ->
    for (File dir = basedir.canonicalFile; dir != null; dir = dir.parentFile) {
        if (new File(dir, '.git').exists()) {
            return dir.toPath().relativize(basedir.canonicalFile.toPath()).toString().replace('\\', '/') + '/'
        }
    }
    ''
}

[
    uriPrefix: uriPrefix,
    log: { File basedir -> new File(basedir, 'build.log').text },
    sarif: sarif,
    results: { File file -> sarif(file).runs[0].results },
    validate: { File file, String sharedDir ->
        def validator = new File(sharedDir, 'tools/validate-sarif')
        if (!validator.canExecute()) {
            println "validate-sarif not found at ${validator}; SARIF not validated"
            return
        }
        def process = [validator.path, '--strict', file.path].execute()
        def output = new StringBuilder()
        process.consumeProcessOutput(output, output)
        process.waitFor()
        assert process.exitValue() == 0 : "validate-sarif failed for ${file}:\n${output}"
    },
]
