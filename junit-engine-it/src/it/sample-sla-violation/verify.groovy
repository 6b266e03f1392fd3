// After the failed `mvn verify` of sample-sla-violation: Surefire failed the build on the one
// configuration whose measured median broke @Sla(p50Millis = 10), with a message naming the
// configuration, the measured value and the threshold; the other tests passed. The same classes
// fail the same way from the JUnit console launcher.
import groovy.xml.XmlSlurper

File target = new File(basedir, 'target')
String log = new File(basedir, 'build.log').text
def violation = ~/memory=1024 MB at endpoint \S+ failed 1 check:\R  - median latency ([\d.]+) ms exceeds @Sla\(p50Millis = 10\)/
def logShows = { String text -> assert log.contains(text) : "build.log should show: ${text}" }

def reported = log =~ violation
assert reported.find() : 'build.log should carry the readable SLA failure'
assert reported.group(1).toDouble() > 10
logShows('[ERROR]   CheckoutLatencyTest.memory=1024 MB memory=1024 MB at endpoint ')
logShows('[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0')
logShows('[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.5.4:test (default-test)'
        + ' on project checkout-sla-violation: There are test failures.')

def suite = new XmlSlurper().parse(new File(target, 'surefire-reports/TEST-com.example.checkout.CheckoutLatencyTest.xml'))
assert suite.testcase.collect { it.@name.text() } == ['memory=1024 MB', 'cost & recommendation']
def failed = suite.testcase.findAll { !it.failure.isEmpty() }
assert failed.collect { it.@name.text() } == ['memory=1024 MB']
assert failed[0].failure.@message.text() =~ violation
assert new XmlSlurper().parse(new File(target, 'surefire-reports/TEST-com.example.checkout.BasketTest.xml')).@failures.toInteger() == 0
assert new File(target, 'slsbench/com.example.checkout.CheckoutLatencyTest/results.json').isFile()

def runConsoleLauncher = evaluate(new File(itSources, 'console-launcher.groovy'))
def console = runConsoleLauncher(['com.example.checkout.CheckoutLatencyTest', 'com.example.checkout.BasketTest'],
        new File(target, 'slsbench-console'))
assert console.exitCode == 1 : 'the console launcher should report the broken SLA with exit code 1'
assert console.output =~ violation
assert console.output =~ /\[\s+2 tests successful\s+\]/
assert console.output =~ /\[\s+1 tests failed\s+\]/
