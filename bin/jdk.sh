# Sourced by ./factory and .ci/run: points JAVA_HOME at a JDK of version 21 or newer.
# Keeps a JAVA_HOME that already qualifies; otherwise takes the newest qualifying JDK
# among `java` on the PATH and the usual install folders.

aigc_java_major() {
	"$1/bin/java" -XshowSettings:properties -version 2>&1 |
		sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

aigc_find_jdk() {
	local candidate major best="" best_major=0
	local candidates=()
	[ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
	if command -v javac >/dev/null 2>&1; then
		candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
	fi
	for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
		/Library/Java/JavaVirtualMachines/*/Contents/Home; do
		[ -d "$candidate" ] && candidates+=("$candidate")
	done
	for candidate in "${candidates[@]}"; do
		[ -x "$candidate/bin/javac" ] || continue
		major=$(aigc_java_major "$candidate")
		[ -n "$major" ] || continue
		if [ "$candidate" = "${JAVA_HOME:-}" ] && [ "$major" -ge 21 ]; then
			best="$candidate"
			break
		fi
		if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
			best="$candidate"
			best_major="$major"
		fi
	done
	if [ -z "$best" ]; then
		echo "No JDK 21 or newer found. Install one (e.g. Temurin 21 or 25) or set JAVA_HOME to it." >&2
		return 1
	fi
	export JAVA_HOME="$best"
	export PATH="$JAVA_HOME/bin:$PATH"
}

aigc_find_jdk
