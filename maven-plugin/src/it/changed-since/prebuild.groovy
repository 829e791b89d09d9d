// a repository of its own: main holds OrderDao, the work tree adds NewDao
def git = { String... args ->
    def process = (['git', '-C', basedir.path] + args.toList()).execute()
    def output = new StringBuilder()
    process.consumeProcessOutput(output, output)
    process.waitFor()
    assert process.exitValue() == 0 : "git ${args.join(' ')} failed:\n${output}"
}
git('init', '-q', '-b', 'main')
git('add', 'pom.xml', 'src')
git('-c', 'user.name=test', '-c', 'user.email=test@example.com', 'commit', '-q', '-m', 'start')
git('checkout', '-q', '-b', 'feature')
new File(basedir, 'src/main/java/app/NewDao.java').text = '''package app;

class NewDao {
    String all() {
        return "SELECT * FROM refunds";
    }
}
'''
true
