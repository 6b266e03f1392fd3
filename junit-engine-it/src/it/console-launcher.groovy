// Shared by the samples' verify scripts: runs test classes of the nested build from the JUnit
// console launcher (the standalone jar invoker:install put into the nested builds' repository) on
// the test class path Maven resolved, with the JDK that runs Maven. Evaluated in the caller's
// binding (basedir, localRepositoryPath, junitVersion); returns a closure
// (List<String> classNames, File slsbenchOutput) -> [exitCode: int, output: String].
{ List<String> classNames, File slsbenchOutput ->
    File target = new File(basedir, 'target')
    File consoleJar = new File(localRepositoryPath,
            "org/junit/platform/junit-platform-console-standalone/${junitVersion}/junit-platform-console-standalone-${junitVersion}.jar")
    assert consoleJar.isFile() : "invoker:install should have put ${consoleJar} into the nested builds' repository"
    String classPath = [new File(target, 'test-classes').path, new File(target, 'test-classpath.txt').text.trim()]
            .join(File.pathSeparator)
    List<String> command = [new File(System.getProperty('java.home'), 'bin/java').path, '-jar', consoleJar.path,
                            'execute', '--disable-banner', '--disable-ansi-colors', '--class-path', classPath,
                            '--config', "slsbench.output=${slsbenchOutput.path}".toString()]
    classNames.each { command += ['--select-class', it] }
    Process launcher = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
    String output = launcher.inputStream.text
    int exitCode = launcher.waitFor()
    new File(target, 'console-launcher.log').text = output
    println output
    [exitCode: exitCode, output: output]
}
