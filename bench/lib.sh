# What every bench command shares, sourced from the repository root.
# bench_run CLASS ARGS...: runs a bench program with the test classpath (built and compiled first).
# bench_pyscript: fetches PyScript 0.7.31 with npm pack into target/ once; prints its dist folder.
# bench_playwright_test: installs @playwright/test (the Java client's version) into target/ once;
#   prints the folder whose node_modules has it.

# The jar, and the reactor's bundles in the local repository: the classpath of -pl distribution
# resolves them there, so a fresh clone needs them installed once.
bench_build() {
  if [ ! -f distribution/target/pyloom.jar ] || ! mvn -q -o -pl distribution dependency:build-classpath \
      -Dmdep.outputFile=/dev/null >/dev/null 2>&1; then
    mvn -q install -DskipTests
  fi
}

bench_pyscript() {
  local work=distribution/target/bench-pyscript
  if [ ! -d "$work/package/dist" ]; then
    mkdir -p "$work"
    (cd "$work" && npm pack @pyscript/core@0.7.31 --silent >/dev/null && tar xzf pyscript-core-0.7.31.tgz)
  fi
  echo "$work/package/dist"
}

bench_playwright_test() {
  local work=distribution/target/bench-playwright-test
  local version
  version=$(sed -n 's:.*<playwright.version>\(.*\)</playwright.version>.*:\1:p' pom.xml)
  if [ ! -f "$work/node_modules/@playwright/test/package.json" ] \
      || ! grep -q "\"version\": \"$version\"" "$work/node_modules/@playwright/test/package.json"; then
    mkdir -p "$work"
    (cd "$work" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-save --no-audit --no-fund --silent \
      "@playwright/test@$version" >/dev/null)
  fi
  echo "$work"
}

bench_run() {
  local cp_file=distribution/target/bench.classpath
  mvn -q -pl distribution dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$(pwd)/$cp_file" >/dev/null
  mvn -q -pl distribution test-compile -o >/dev/null 2>&1 || mvn -q -pl distribution test-compile
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 exec java -cp "distribution/target/test-classes:distribution/target/classes:$(cat "$cp_file")" \
    -Dpyloom.jar=distribution/target/pyloom.jar ${BENCH_JAVA_OPTS:-} "$@"
}
