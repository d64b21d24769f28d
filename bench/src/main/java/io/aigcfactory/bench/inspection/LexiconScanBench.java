package io.aigcfactory.bench.inspection;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.github.houbb.sensitive.word.bs.SensitiveWordBs;
import io.aigcfactory.events.Verdict;
import io.aigcfactory.inspection.compliance.ComplianceFunnel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The compliance funnel, its lexicon scan alone (normaliser and terms) and its lexicon
 * scan with the sound matcher, against houbb/sensitive-word loaded with the same lexicon
 * terms, on the lines of the development corpus. One operation is one pass over every
 * line of the corpus. {@code main} first prints each side's recall (disguised violations,
 * all violations) and clean lines passed, then runs the four benchmarks in one JMH run.
 * <p>
 * {@code java -cp ... io.aigcfactory.bench.inspection.LexiconScanBench [corpus.tsv]}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = { "-Xms1g", "-Xmx1g" })
public class LexiconScanBench {

	private static final String CORPUS = "aigc.bench.corpus";

	private ComplianceFunnel funnel;

	private SensitiveWordBs sensitiveWord;

	private List<Corpus.Line> lines;

	@Setup
	public void setUp() {
		this.lines = Corpus.lines(Path.of(System.getProperty(CORPUS, Corpus.DEFAULT_PATH)));
		this.funnel = ComplianceFunnel.withDefaultLexicon();
		this.sensitiveWord = sensitiveWord(Corpus.lexiconTerms());
	}

	/** sensitive-word with only our terms and every evasion option it has switched on. */
	static SensitiveWordBs sensitiveWord(List<String> terms) {
		return SensitiveWordBs.newInstance()
			.wordDeny(() -> terms)
			.wordAllow(ArrayList::new)
			.ignoreCase(true)
			.ignoreWidth(true)
			.ignoreNumStyle(true)
			.ignoreChineseStyle(true)
			.ignoreEnglishStyle(true)
			.ignoreRepeat(false)
			.enableNumCheck(false)
			.enableEmailCheck(false)
			.enableUrlCheck(false)
			.enableIpv4Check(false)
			.enableWordCheck(true)
			.init();
	}

	@Benchmark
	public void complianceFunnel(Blackhole sink) {
		for (Corpus.Line line : this.lines) {
			sink.consume(this.funnel.check(line.text(), line.category()));
		}
	}

	/**
	 * The funnel's first two stages alone, the normaliser and the lexicon's terms: the
	 * job sensitive-word does (normalise, then find listed terms).
	 */
	@Benchmark
	public void lexiconScan(Blackhole sink) {
		for (Corpus.Line line : this.lines) {
			sink.consume(this.funnel.scanTerms(line.text(), false));
		}
	}

	/**
	 * The funnel's term scan with the sound matcher: the normaliser, the lexicon's terms,
	 * pinyin and homophone spellings of the blocking terms.
	 */
	@Benchmark
	public void lexiconAndSoundScan(Blackhole sink) {
		for (Corpus.Line line : this.lines) {
			sink.consume(this.funnel.scanTerms(line.text(), true));
		}
	}

	@Benchmark
	public void sensitiveWord(Blackhole sink) {
		for (Corpus.Line line : this.lines) {
			sink.consume(this.sensitiveWord.findAll(line.text()));
		}
	}

	public static void main(String[] args) throws RunnerException {
		String corpus = (args.length > 0) ? args[0] : Corpus.DEFAULT_PATH;
		LexiconScanBench bench = new LexiconScanBench();
		System.setProperty(CORPUS, corpus);
		bench.setUp();
		List<Corpus.Line> lines = bench.lines;
		Predicate<String> ours = (text) -> bench.funnel.check(text, "").verdict() != Verdict.APPROVED;
		Predicate<String> theirs = (text) -> bench.sensitiveWord.contains(text);
		System.out.printf("corpus: %d lines, %d characters%n", lines.size(),
				lines.stream().mapToInt((line) -> line.text().length()).sum());
		System.out.println("| scanner | disguised violations caught | all violations caught | clean lines passed |");
		System.out.println("|---|---|---|---|");
		row("compliance funnel", lines,
				(line) -> bench.funnel.check(line.text(), line.category()).verdict() != Verdict.APPROVED);
		row("lexicon scan (normaliser and terms)", lines,
				(line) -> !bench.funnel.scanTerms(line.text(), false).isEmpty());
		row("lexicon and sound scan (normaliser, terms, pinyin and homophones)", lines,
				(line) -> !bench.funnel.scanTerms(line.text(), true).isEmpty());
		row("sensitive-word 0.25.0", lines, (line) -> theirs.test(line.text()));
		row("compliance funnel, no category", lines, (line) -> ours.test(line.text()));
		new Runner(new OptionsBuilder().include(LexiconScanBench.class.getName() + "\\.")
			.jvmArgsAppend("-D" + CORPUS + "=" + corpus)
			.build()).run();
	}

	private static void row(String name, List<Corpus.Line> lines, Predicate<Corpus.Line> flags) {
		long disguised = lines.stream().filter(Corpus.Line::disguised).count();
		long disguisedCaught = lines.stream().filter(Corpus.Line::disguised).filter(flags).count();
		long violations = lines.stream().filter(Corpus.Line::violation).count();
		long caught = lines.stream().filter(Corpus.Line::violation).filter(flags).count();
		long clean = lines.stream().filter((line) -> !line.violation()).count();
		long passed = lines.stream().filter((line) -> !line.violation()).filter(flags.negate()).count();
		System.out.printf("| %s | %d / %d (%.1f%%) | %d / %d (%.1f%%) | %d / %d (%.1f%%) |%n", name, disguisedCaught,
				disguised, 100.0 * disguisedCaught / disguised, caught, violations, 100.0 * caught / violations, passed,
				clean, 100.0 * passed / clean);
	}

}
