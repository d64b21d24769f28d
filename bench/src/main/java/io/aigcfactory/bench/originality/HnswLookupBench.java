package io.aigcfactory.bench.originality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The originality index's HNSW lookup at scale: builds (once, or reuses) a Lucene index
 * of {@code count} 512-d unit vectors on disk, then measures the latency of k-nearest
 * searches with the production candidate list and their recall@10 against exact search
 * over the same stored vectors.
 * <p>
 * Vectors are clustered as sentence embeddings are (10,000 random centres on the sphere,
 * each vector a centre plus noise, cosine ≈ 0.75 to its centre); queries are fresh draws
 * from the same distribution.
 * <p>
 * {@code java --add-modules jdk.incubator.vector -Xmx4g -cp ... io.aigcfactory.bench.originality.HnswLookupBench
 * [directory] [count] [candidates] [queries]}
 */
public final class HnswLookupBench {

	static final int DIMENSION = 512;

	static final int CENTRES = 10_000;

	static final int K = 10;

	private HnswLookupBench() {
	}

	public static void main(String[] args) throws IOException {
		Path directory = Path.of((args.length > 0) ? args[0] : "/tmp/hnsw-bench");
		int count = (args.length > 1) ? Integer.parseInt(args[1]) : 1_000_000;
		int candidates = (args.length > 2) ? Integer.parseInt(args[2]) : 64;
		int queries = (args.length > 3) ? Integer.parseInt(args[3]) : 1000;
		Vectors vectors = new Vectors(42);
		if (!Files.exists(directory.resolve("done-" + count))) {
			build(directory, count, vectors);
		}
		try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(directory))) {
			IndexSearcher searcher = new IndexSearcher(reader);
			Random random = new Random(7);
			float[][] probes = new float[queries][];
			for (int i = 0; i < queries; i++) {
				probes[i] = vectors.draw(random);
			}
			// Warm-up: the graph's pages come into the page cache, the JIT compiles the
			// search.
			for (int round = 0; round < 2; round++) {
				for (float[] probe : probes) {
					searcher.search(new KnnFloatVectorQuery("vector", probe, candidates), K);
				}
			}
			long[] nanos = new long[queries];
			int[][] found = new int[queries][];
			for (int i = 0; i < queries; i++) {
				long start = System.nanoTime();
				TopDocs top = searcher.search(new KnnFloatVectorQuery("vector", probes[i], candidates), K);
				nanos[i] = System.nanoTime() - start;
				found[i] = Arrays.stream(top.scoreDocs).mapToInt((hit) -> hit.doc).toArray();
			}
			Arrays.sort(nanos);
			int exactQueries = Math.min(queries, 200);
			double recall = recall(reader, probes, found, exactQueries);
			System.out.printf(Locale.ROOT,
					"%d vectors (%d-d, %d segments), candidates %d, %d queries: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, "
							+ "max %.3f ms; recall@%d vs exact over %d queries: %.4f%n",
					reader.numDocs(), DIMENSION, reader.leaves().size(), candidates, queries, ms(nanos, 0.50),
					ms(nanos, 0.90), ms(nanos, 0.99), nanos[queries - 1] / 1e6, K, exactQueries, recall);
		}
	}

	private static void build(Path directory, int count, Vectors vectors) throws IOException {
		long start = System.nanoTime();
		IndexWriterConfig config = new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE)
			.setRAMBufferSizeMB(1900)
			.setRAMPerThreadHardLimitMB(2000);
		try (IndexWriter writer = new IndexWriter(FSDirectory.open(directory), config)) {
			Random random = new Random(1);
			for (int i = 0; i < count; i++) {
				Document document = new Document();
				document.add(new KnnFloatVectorField("vector", vectors.draw(random), VectorSimilarityFunction.COSINE));
				document.add(new StringField("tenant", "bench", Field.Store.NO));
				writer.addDocument(document);
				if ((i + 1) % 100_000 == 0) {
					System.out.printf(Locale.ROOT, "%d added, %.0f s%n", i + 1, (System.nanoTime() - start) / 1e9);
				}
			}
			writer.commit();
		}
		Files.createFile(directory.resolve("done-" + count));
		System.out.printf(Locale.ROOT, "built %d vectors in %.0f s%n", count, (System.nanoTime() - start) / 1e9);
	}

	/** Recall@K of the found documents against a scan of every stored vector. */
	private static double recall(DirectoryReader reader, float[][] probes, int[][] found, int queries)
			throws IOException {
		ScoreDoc[][] exact = new ScoreDoc[queries][];
		for (int q = 0; q < queries; q++) {
			exact[q] = new ScoreDoc[0];
		}
		for (LeafReaderContext leaf : reader.leaves()) {
			FloatVectorValues values = leaf.reader().getFloatVectorValues("vector");
			KnnVectorValues.DocIndexIterator docs = values.iterator();
			float[][] best = new float[queries][K];
			int[][] bestDocs = new int[queries][K];
			for (int q = 0; q < queries; q++) {
				Arrays.fill(best[q], Float.NEGATIVE_INFINITY);
			}
			for (int doc = docs.nextDoc(); doc != KnnVectorValues.DocIndexIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
				float[] vector = values.vectorValue(docs.index());
				for (int q = 0; q < queries; q++) {
					float score = VectorSimilarityFunction.COSINE.compare(probes[q], vector);
					if (score > best[q][K - 1]) {
						int at = K - 1;
						while (at > 0 && best[q][at - 1] < score) {
							best[q][at] = best[q][at - 1];
							bestDocs[q][at] = bestDocs[q][at - 1];
							at--;
						}
						best[q][at] = score;
						bestDocs[q][at] = leaf.docBase + doc;
					}
				}
			}
			for (int q = 0; q < queries; q++) {
				ScoreDoc[] merged = Arrays.copyOf(exact[q], exact[q].length + K);
				for (int i = 0; i < K; i++) {
					merged[exact[q].length + i] = new ScoreDoc(bestDocs[q][i], best[q][i]);
				}
				Arrays.sort(merged, (a, b) -> Float.compare(b.score, a.score));
				exact[q] = Arrays.copyOf(merged, K);
			}
		}
		long hits = 0;
		for (int q = 0; q < queries; q++) {
			Set<Integer> truth = new HashSet<>();
			for (ScoreDoc doc : exact[q]) {
				truth.add(doc.doc);
			}
			for (int doc : found[q]) {
				if (truth.contains(doc)) {
					hits++;
				}
			}
		}
		return (double) hits / ((long) queries * K);
	}

	private static double ms(long[] sorted, double quantile) {
		return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
	}

	/** Clustered unit vectors: a random centre plus Gaussian noise. */
	static final class Vectors {

		private final float[][] centres = new float[CENTRES][];

		Vectors(long seed) {
			Random random = new Random(seed);
			for (int i = 0; i < CENTRES; i++) {
				this.centres[i] = unit(gaussian(random, 1.0));
			}
		}

		float[] draw(Random random) {
			float[] centre = this.centres[random.nextInt(CENTRES)];
			float[] noise = gaussian(random, 0.9 / Math.sqrt(DIMENSION));
			for (int i = 0; i < DIMENSION; i++) {
				noise[i] += centre[i];
			}
			return unit(noise);
		}

		private static float[] gaussian(Random random, double scale) {
			float[] vector = new float[DIMENSION];
			for (int i = 0; i < DIMENSION; i++) {
				vector[i] = (float) (random.nextGaussian() * scale);
			}
			return vector;
		}

		private static float[] unit(float[] vector) {
			double norm = 0;
			for (float value : vector) {
				norm += value * value;
			}
			float inverse = (float) (1 / Math.sqrt(norm));
			for (int i = 0; i < vector.length; i++) {
				vector[i] *= inverse;
			}
			return vector;
		}

	}

}
