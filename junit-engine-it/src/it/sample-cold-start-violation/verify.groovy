// After the failed `mvn verify` of sample-cold-start-violation: Failsafe ran the benchmark and its
// verify goal failed the build on the cold start alone: the measured cold start (the median of the
// calls judged cold) broke @Sla(maxColdStartMillis = 100) while the warm p99 and the error rate held.
import groovy.json.JsonSlurper

File target = new File(basedir, 'target')
String log = new File(basedir, 'build.log').text
def violation = ~/memory=1024 MB at endpoint \S+ failed 1 check:\R  - cold start ([\d.]+) ms exceeds @Sla\(maxColdStartMillis = 100\)/

def reported = log =~ violation
assert reported.find() : 'build.log should carry the readable cold-start SLA failure'
assert reported.group(1).toDouble() > 100
assert log.contains('[ERROR] Failed to execute goal org.apache.maven.plugins:maven-failsafe-plugin:3.5.4:verify (default)'
        + ' on project checkout-cold-start-violation: There are test failures.')

def results = new JsonSlurper().parse(new File(target, 'slsbench/com.example.checkout.CheckoutColdStartIT/results.json'))
def verdicts = results.slaVerdicts.collectEntries { [(it.criterion): it.passed] }
assert verdicts == [maxErrorRate: true, p99Millis: true, maxColdStartMillis: false]
