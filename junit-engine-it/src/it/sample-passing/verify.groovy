// After `mvn verify` of sample-passing: Surefire ran the *Test benchmark and the plain Jupiter
// test, Failsafe ran the *IT benchmark, every test passed and each benchmark class wrote its
// results and report; then the same classes pass when run from the JUnit console launcher.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

File target = new File(basedir, 'target')

/** The test names in a passing Surefire or Failsafe XML report. */
def passedTests(File target, String plugin, String testClass) {
    File xml = new File(target, "${plugin}-reports/TEST-com.example.checkout.${testClass}.xml")
    assert xml.isFile() : "${plugin} should have run ${testClass}"
    def suite = new XmlSlurper().parse(xml)
    assert [suite.@failures, suite.@errors, suite.@skipped]*.toInteger() == [0, 0, 0] :
            "${plugin}: every test of ${testClass} should pass: ${xml.text}"
    assert suite.testcase.collect { it.@classname.text() }.every { it == "com.example.checkout.${testClass}" }
    return suite.testcase.collect { it.@name.text() }
}

void resultFiles(File output, String testClass) {
    File root = new File(output, "com.example.checkout.${testClass}")
    File resultsJson = new File(root, 'results.json')
    assert resultsJson.isFile() : "${testClass} should have written ${resultsJson}"
    assert new JsonSlurper().parse(resultsJson).configurations.size() > 0
    assert new File(root, 'benchmarking_report/report.html').isFile() : "${testClass} should have written its HTML report"
}

assert passedTests(target, 'surefire', 'CheckoutBenchmarkTest') ==
        ['memory=1024 MB', 'memory=2048 MB', 'maxConcurrency=2, clients=2', 'cost & recommendation']
assert passedTests(target, 'surefire', 'BasketTest') == ['basketRowHasThreeColumns']
assert !new File(target, 'surefire-reports/TEST-com.example.checkout.CheckoutColdStartIT.xml').exists()

assert passedTests(target, 'failsafe', 'CheckoutColdStartIT') ==
        ['memory=1024 MB', 'everyCallSucceeded(PhaseResult) [stability]', 'cost & recommendation']
assert new File(target, 'failsafe-reports').list().findAll { it.startsWith('TEST-') } ==
        ['TEST-com.example.checkout.CheckoutColdStartIT.xml']

resultFiles(new File(target, 'slsbench'), 'CheckoutBenchmarkTest')
resultFiles(new File(target, 'slsbench'), 'CheckoutColdStartIT')

def runConsoleLauncher = evaluate(new File(itSources, 'console-launcher.groovy'))
File consoleOutput = new File(target, 'slsbench-console')
def console = runConsoleLauncher(['com.example.checkout.CheckoutBenchmarkTest', 'com.example.checkout.CheckoutColdStartIT',
                                  'com.example.checkout.BasketTest'], consoleOutput)
assert console.exitCode == 0 : 'the console launcher should pass every test'
assert console.output =~ /\[\s+8 tests successful\s+\]/
assert console.output =~ /\[\s+0 tests failed\s+\]/
assert ['memory=2048 MB', 'maxConcurrency=2, clients=2', 'everyCallSucceeded(PhaseResult)', 'basketRowHasThreeColumns()']
        .every { console.output.contains(it) }
resultFiles(consoleOutput, 'CheckoutBenchmarkTest')
resultFiles(consoleOutput, 'CheckoutColdStartIT')
