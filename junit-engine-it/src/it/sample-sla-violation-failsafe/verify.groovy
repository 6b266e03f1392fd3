// After the failed `mvn verify` of sample-sla-violation-failsafe: Surefire passed the plain test,
// Failsafe ran the benchmark (and, as configured, reran the failing configuration), and its verify
// goal failed the build naming the configuration, the measured p90 and the threshold. The broken
// SLA is a failure, not a flake, although the class's cost & recommendation test passed.
import groovy.xml.XmlSlurper

File target = new File(basedir, 'target')
String log = new File(basedir, 'build.log').text
def violation = ~/memory=1024 MB at endpoint \S+ failed 1 check:\R  - p90 latency ([\d.]+) ms exceeds @Sla\(p90Millis = 20\)/
def logShows = { String text -> assert log.contains(text) : "build.log should show: ${text}" }

def reported = log =~ violation
assert reported.find() : 'build.log should carry the readable SLA failure'
assert reported.group(1).toDouble() > 20
logShows('[ERROR] com.example.checkout.CheckoutLatencyIT.memory=1024 MB\n')
logShows('[ERROR]   Run 1: CheckoutLatencyIT.memory=1024 MB memory=1024 MB at endpoint ')
logShows('[ERROR]   Run 2: CheckoutLatencyIT.memory=1024 MB memory=1024 MB at endpoint ')
logShows('[ERROR] Tests run: 2, Failures: 1, Errors: 0, Skipped: 0')
logShows('[ERROR] Failed to execute goal org.apache.maven.plugins:maven-failsafe-plugin:3.5.4:verify (default)'
        + ' on project checkout-sla-violation-failsafe: There are test failures.')
assert !log.contains('Flakes:') : 'a broken SLA must not count as a flaky test'

def summary = new XmlSlurper().parse(new File(target, 'failsafe-reports/failsafe-summary.xml'))
assert summary.failures.text().toInteger() == 1 && summary.flakes.text().toInteger() == 0
assert new XmlSlurper().parse(new File(target, 'surefire-reports/TEST-com.example.checkout.BasketTest.xml')).@failures.toInteger() == 0
