def checks = evaluate(new File(basedir, '../../../src/it/common.groovy'))
assert checks.log(basedir).contains("backlint: unknown rule id no-such-rule (see 'backlint rules' for the list)")
assert !new File(basedir, 'target/backlint.sarif').exists()
