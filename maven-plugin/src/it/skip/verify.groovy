def checks = evaluate(new File(basedir, '../../../src/it/common.groovy'))
assert checks.log(basedir).contains('backlint: skipped')
assert !new File(basedir, 'target/backlint.sarif').exists()
