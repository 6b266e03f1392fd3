// After the failed `mvn verify` of sample-sla-violation-failsafe: Surefire passed the plain test,
// Failsafe ran the benchmark (and, as configured, reran the failing configuration), and its verify
// goal failed the build naming the configuration, the measured p90 and the threshold. The broken
// SLA is a failure, not a flake, although the class's cost & recommendation test passed.
import groovy.xml.XmlSlurper

File target = new File(basedir, 'target')
String log = new File(basedir, 'build.log').text
def violation = ~/memory=1024 MB at endpoint \S+ failed 1 check:\R  - p90 latency ([\d.]+) ms exceeds @Sla\(p90Millis = 20\)/

def reported = log =~ violation
assert reported.find() : 'build.log should carry the readable SLA failure'
assert reported.group(1).toDouble() > 20
assert log.contains('[ERROR] com.example.checkout.CheckoutLatencyIT.memory=1024 MB')
assert log =~ /\[ERROR\]   Run 1: .*memory=1024 MB at endpoint/
assert log =~ /\[ERROR\]   Run 2: .*memory=1024 MB at endpoint/
assert !log.contains('Flakes:')
assert log.contains('[ERROR] Tests run: 2, Failures: 1, Errors: 0, Skipped: 0')
assert log =~ /maven-failsafe-plugin:[\d.]+:verify \(default\) on project checkout-sla-violation-failsafe: There are test failures/

def summary = new XmlSlurper().parse(new File(target, 'failsafe-reports/failsafe-summary.xml'))
assert summary.failures.text().toInteger() == 1 && summary.flakes.text().toInteger() == 0
assert new XmlSlurper().parse(new File(target, 'surefire-reports/TEST-com.example.checkout.BasketTest.xml')).@failures.toInteger() == 0
