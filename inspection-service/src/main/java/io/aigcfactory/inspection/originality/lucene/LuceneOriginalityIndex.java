package io.aigcfactory.inspection.originality.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.aigcfactory.events.AssetId;
import io.aigcfactory.inspection.originality.Fingerprint;
import io.aigcfactory.inspection.originality.ImageHash;
import io.aigcfactory.inspection.originality.OriginalityIndex;
import io.aigcfactory.inspection.originality.TextSignature;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Approved fingerprints in a Lucene index on local disk, filtered by tenant, one document
 * per asset (keyed by its id). Embeddings sit in an HNSW graph searched with a candidate
 * list of {@code candidates} entries (Lucene searches exactly when the tenant's filter
 * leaves fewer documents than it would visit); MinHash signatures are found through their
 * band keys and images through the chunks of their hash, then compared in full. A search
 * sees every earlier {@link #put} at once (near-real-time reader); {@link #commit} makes
 * them survive a restart.
 */
public class LuceneOriginalityIndex implements OriginalityIndex, AutoCloseable {

	private static final String VECTOR = "vector";

	private static final String TENANT = "tenant";

	private static final String ASSET = "asset";

	private static final String BAND = "band";

	private static final String SIGNATURE = "signature";

	private static final String CHUNK = "chunk";

	private static final String IMAGE = "image";

	private static final String IMAGE_TEXT = "image-text";

	private static final String IMAGE_BAND = "image-band";

	/** Documents sharing most bands or chunks with a probe that are compared in full. */
	private static final int COMPARED = 128;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final int candidates;

	/**
	 * @param directory where the index lives
	 * @param candidates how long the HNSW search's candidate list is
	 */
	public LuceneOriginalityIndex(Path directory, int candidates) {
		this.candidates = candidates;
		try {
			this.writer = new IndexWriter(FSDirectory.open(directory),
					new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
			this.searchers = new SearcherManager(this.writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the originality index at " + directory, ex);
		}
	}

	@Override
	public Neighbours nearest(String tenantId, Fingerprint probe, AssetId excluded) {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return new Neighbours(semantic(searcher, tenantId, probe.embedding(), excluded),
						lexical(searcher, tenantId, probe.text(), excluded),
						(probe.image() != null) ? image(searcher, tenantId, probe.image(), excluded) : Optional.empty(),
						pictured(searcher, tenantId, probe, excluded));
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot search the originality index", ex);
		}
	}

	private Optional<Neighbour> semantic(IndexSearcher searcher, String tenantId, float[] vector, AssetId excluded)
			throws IOException {
		TopDocs top = searcher
			.search(new KnnFloatVectorQuery(VECTOR, vector, this.candidates, sameTenant(tenantId, excluded)), 1);
		if (top.scoreDocs.length == 0) {
			return Optional.empty();
		}
		ScoreDoc best = top.scoreDocs[0];
		// Lucene scores cosine similarity as (1 + cos) / 2.
		return Optional.of(new Neighbour(assetOf(searcher, best.doc), 2.0 * best.score - 1.0));
	}

	private Optional<Neighbour> lexical(IndexSearcher searcher, String tenantId, TextSignature signature,
			AssetId excluded) throws IOException {
		String[] bands = signature.bandKeys();
		if (bands.length == 0) {
			return Optional.empty();
		}
		TopDocs top = searcher.search(sharing(tenantId, excluded, BAND, bands), COMPARED);
		Neighbour best = null;
		for (ScoreDoc hit : top.scoreDocs) {
			Document document = searcher.storedFields().document(hit.doc);
			BytesRef stored = document.getBinaryValue(SIGNATURE);
			double similarity = signature.similarity(TextSignature.fromBytes(BytesRef.deepCopyOf(stored).bytes));
			if (best == null || similarity > best.similarity()) {
				best = new Neighbour(AssetId.of(document.get(ASSET)), similarity);
			}
		}
		return Optional.ofNullable(best);
	}

	private Optional<Neighbour> image(IndexSearcher searcher, String tenantId, long hash, AssetId excluded)
			throws IOException {
		TopDocs top = searcher.search(sharing(tenantId, excluded, CHUNK, ImageHash.chunkKeys(hash)), COMPARED);
		Neighbour best = null;
		for (ScoreDoc hit : top.scoreDocs) {
			Document document = searcher.storedFields().document(hit.doc);
			int distance = ImageHash.distance(hash, document.getField(IMAGE).numericValue().longValue());
			if (best == null || distance < best.bitsApart()) {
				best = Neighbour.ofImage(AssetId.of(document.get(ASSET)), distance);
			}
		}
		return Optional.ofNullable(best);
	}

	private List<Pictured> pictured(IndexSearcher searcher, String tenantId, Fingerprint probe, AssetId excluded)
			throws IOException {
		if (probe.image() == null || probe.imageText() == null || probe.imageText().bandKeys().length == 0) {
			return List.of();
		}
		TopDocs top = searcher.search(sharing(tenantId, excluded, IMAGE_BAND, probe.imageText().bandKeys()), COMPARED);
		List<Pictured> pictured = new ArrayList<>(top.scoreDocs.length);
		for (ScoreDoc hit : top.scoreDocs) {
			Document document = searcher.storedFields().document(hit.doc);
			long image = document.getField(IMAGE).numericValue().longValue();
			BytesRef words = document.getBinaryValue(IMAGE_TEXT);
			pictured.add(new Pictured(AssetId.of(document.get(ASSET)), ImageHash.distance(probe.image(), image),
					probe.imageText().similarity(TextSignature.fromBytes(BytesRef.deepCopyOf(words).bytes))));
		}
		return pictured;
	}

	private static Query sameTenant(String tenantId, AssetId excluded) {
		return new BooleanQuery.Builder().add(new TermQuery(new Term(TENANT, tenantId)), Occur.FILTER)
			.add(new TermQuery(new Term(ASSET, excluded.toString())), Occur.MUST_NOT)
			.build();
	}

	/** The tenant's other documents sharing keys with the probe, scored by how many. */
	private static Query sharing(String tenantId, AssetId excluded, String field, String[] keys) {
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(sameTenant(tenantId, excluded), Occur.FILTER)
			.setMinimumNumberShouldMatch(1);
		for (String key : keys) {
			query.add(new ConstantScoreQuery(new TermQuery(new Term(field, key))), Occur.SHOULD);
		}
		return query.build();
	}

	private static AssetId assetOf(IndexSearcher searcher, int doc) throws IOException {
		return AssetId.of(searcher.storedFields().document(doc).get(ASSET));
	}

	@Override
	public void put(String tenantId, AssetId asset, Fingerprint fingerprint) {
		Document document = new Document();
		document.add(new KnnFloatVectorField(VECTOR, fingerprint.embedding(), VectorSimilarityFunction.COSINE));
		document.add(new StringField(TENANT, tenantId, Field.Store.NO));
		document.add(new StringField(ASSET, asset.toString(), Field.Store.YES));
		for (String band : fingerprint.text().bandKeys()) {
			document.add(new StringField(BAND, band, Field.Store.NO));
		}
		document.add(new StoredField(SIGNATURE, fingerprint.text().toBytes()));
		if (fingerprint.image() != null) {
			for (String chunk : ImageHash.chunkKeys(fingerprint.image())) {
				document.add(new StringField(CHUNK, chunk, Field.Store.NO));
			}
			document.add(new StoredField(IMAGE, fingerprint.image()));
		}
		if (fingerprint.imageText() != null) {
			document.add(new StoredField(IMAGE_TEXT, fingerprint.imageText().toBytes()));
			if (fingerprint.image() != null) {
				for (String band : fingerprint.imageText().bandKeys()) {
					document.add(new StringField(IMAGE_BAND, band, Field.Store.NO));
				}
			}
		}
		try {
			this.writer.updateDocument(new Term(ASSET, asset.toString()), document);
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write to the originality index", ex);
		}
	}

	@Override
	public boolean contains(AssetId asset) {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return searcher.count(new TermQuery(new Term(ASSET, asset.toString()))) > 0;
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot search the originality index", ex);
		}
	}

	@Override
	public Optional<TextSignature> copySignature(AssetId asset) {
		return storedSignature(asset, SIGNATURE);
	}

	@Override
	public Optional<TextSignature> imageTextSignature(AssetId asset) {
		return storedSignature(asset, IMAGE_TEXT);
	}

	private Optional<TextSignature> storedSignature(AssetId asset, String field) {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				TopDocs top = searcher.search(new TermQuery(new Term(ASSET, asset.toString())), 1);
				if (top.scoreDocs.length == 0) {
					return Optional.empty();
				}
				BytesRef stored = searcher.storedFields().document(top.scoreDocs[0].doc).getBinaryValue(field);
				return Optional.ofNullable(stored)
					.map((bytes) -> TextSignature.fromBytes(BytesRef.deepCopyOf(bytes).bytes));
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot search the originality index", ex);
		}
	}

	/** Makes every write so far durable. */
	public void commit() {
		try {
			if (this.writer.hasUncommittedChanges()) {
				this.writer.commit();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot commit the originality index", ex);
		}
	}

	@Override
	public void close() throws IOException {
		commit();
		this.searchers.close();
		this.writer.close();
	}

}
