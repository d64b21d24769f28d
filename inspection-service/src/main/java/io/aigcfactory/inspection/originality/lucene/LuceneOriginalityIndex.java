package io.aigcfactory.inspection.originality.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

import io.aigcfactory.events.AssetId;
import io.aigcfactory.inspection.originality.OriginalityIndex;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * Approved embeddings in a Lucene HNSW index on local disk, filtered by tenant, one
 * document per asset (keyed by its id). A search sees every earlier {@link #put} at once
 * (near-real-time reader); {@link #commit} makes them survive a restart.
 */
public class LuceneOriginalityIndex implements OriginalityIndex, AutoCloseable {

	private static final String VECTOR = "vector";

	private static final String TENANT = "tenant";

	private static final String ASSET = "asset";

	private final IndexWriter writer;

	private final SearcherManager searchers;

	public LuceneOriginalityIndex(Path directory) {
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
	public Optional<Neighbour> nearest(String tenantId, float[] vector, AssetId excluded) {
		Query candidates = new BooleanQuery.Builder().add(new TermQuery(new Term(TENANT, tenantId)), Occur.FILTER)
			.add(new TermQuery(new Term(ASSET, excluded.toString())), Occur.MUST_NOT)
			.build();
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				TopDocs top = searcher.search(new KnnFloatVectorQuery(VECTOR, vector, 1, candidates), 1);
				if (top.scoreDocs.length == 0) {
					return Optional.empty();
				}
				ScoreDoc best = top.scoreDocs[0];
				String asset = searcher.storedFields().document(best.doc).get(ASSET);
				// Lucene scores cosine similarity as (1 + cos) / 2.
				return Optional.of(new Neighbour(AssetId.of(asset), 2.0 * best.score - 1.0));
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
	public void put(String tenantId, AssetId asset, float[] vector) {
		Document document = new Document();
		document.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.COSINE));
		document.add(new StringField(TENANT, tenantId, Field.Store.NO));
		document.add(new StringField(ASSET, asset.toString(), Field.Store.YES));
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
