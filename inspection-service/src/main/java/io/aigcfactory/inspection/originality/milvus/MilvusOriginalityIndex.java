package io.aigcfactory.inspection.originality.milvus;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import io.aigcfactory.events.AssetId;
import io.aigcfactory.inspection.originality.Fingerprint;
import io.aigcfactory.inspection.originality.ImageHash;
import io.aigcfactory.inspection.originality.OriginalityIndex;
import io.aigcfactory.inspection.originality.TextSignature;
import io.milvus.v2.client.ConnectConfig;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.service.collection.request.CreateCollectionReq.CollectionSchema;
import io.milvus.v2.service.collection.request.CreateCollectionReq.FieldSchema;
import io.milvus.v2.service.collection.request.DescribeCollectionReq;
import io.milvus.v2.service.collection.request.HasCollectionReq;
import io.milvus.v2.service.collection.request.LoadCollectionReq;
import io.milvus.v2.service.vector.response.QueryResp.QueryResult;
import io.milvus.v2.service.vector.response.SearchResp.SearchResult;
import org.jspecify.annotations.Nullable;

/**
 * Approved fingerprints in a Milvus collection (see {@link OriginalityCollection}),
 * searched with the tenant as a filter on the partition key. The nearest embedding comes
 * from the HNSW graph under the cosine metric, whose scores are the cosine similarity
 * itself; MinHash signatures and image hashes are found through their band and chunk keys
 * ({@code array_contains_any}, at most {@value OriginalityCollection#COMPARED} entities)
 * and compared in full here. Reads ask for strong consistency, so a search sees every
 * earlier {@link #put}.
 * <p>
 * The client connects on first use, not on construction, so that a server that is down at
 * start leaves the service running with its originality index reported down; the
 * collection is created (and loaded) then when absent. After a failed attempt the next
 * one waits {@value #RECONNECT_AFTER_SECONDS} seconds, calls in between failing at once:
 * the SDK's client leaves its gRPC channel open when its constructor fails, so each
 * attempt costs a channel until the garbage collector finds it.
 */
public class MilvusOriginalityIndex implements OriginalityIndex, AutoCloseable {

	static final long RECONNECT_AFTER_SECONDS = 15;

	private final OriginalityCollection collection;

	private final ConnectConfig connection;

	private final ReentrantLock connecting = new ReentrantLock();

	private volatile @Nullable MilvusClientV2 client;

	private volatile boolean closed;

	private @Nullable RuntimeException failure;

	private long failedAt;

	/**
	 * @param settings the server and the collection
	 * @param candidates how long the HNSW search's candidate list is
	 */
	public MilvusOriginalityIndex(MilvusSettings settings, int candidates) {
		this.collection = new OriginalityCollection(settings.collection(), settings.dimension(), candidates);
		this.connection = connectConfig(settings);
	}

	static ConnectConfig connectConfig(MilvusSettings settings) {
		String uri = settings.uri();
		if (uri == null || uri.isBlank()) {
			throw new IllegalArgumentException("aigc.inspection.originality.milvus.uri is not set");
		}
		ConnectConfig.ConnectConfigBuilder<?, ?> config = ConnectConfig.builder()
			.uri(uri.trim())
			.connectTimeoutMs(settings.timeout().toMillis())
			.rpcDeadlineMs(settings.timeout().toMillis());
		String token = settings.token();
		if (token != null && !token.isBlank()) {
			config.token(token);
		}
		return config.build();
	}

	@Override
	public Neighbours nearest(String tenantId, Fingerprint probe, AssetId excluded) {
		MilvusClientV2 client = client();
		Long image = probe.image();
		return new Neighbours(semantic(client, tenantId, probe.embedding(), excluded),
				lexical(client, tenantId, probe.text(), excluded),
				(image != null) ? image(client, tenantId, image, excluded) : Optional.empty(),
				pictured(client, tenantId, probe, excluded));
	}

	private List<Pictured> pictured(MilvusClientV2 client, String tenantId, Fingerprint probe, AssetId excluded) {
		Long image = probe.image();
		TextSignature words = probe.imageText();
		if (image == null || words == null || words.bandKeys().length == 0) {
			return List.of();
		}
		List<Pictured> pictured = new ArrayList<>();
		for (QueryResult hit : client.query(this.collection.sharingImageBands(tenantId, words.bandKeys(), excluded))
			.getQueryResults()) {
			Map<String, Object> entity = hit.getEntity();
			long stored = ((Number) entity.get(OriginalityCollection.IMAGE)).longValue();
			pictured.add(new Pictured(assetOf(entity), ImageHash.distance(image, stored),
					imageTextOf(entity).map(words::similarity).orElse(0.0)));
		}
		return pictured;
	}

	private Optional<Neighbour> semantic(MilvusClientV2 client, String tenantId, float[] vector, AssetId excluded) {
		List<List<SearchResult>> results = client.search(this.collection.nearestEmbedding(tenantId, vector, excluded))
			.getSearchResults();
		if (results.isEmpty() || results.get(0).isEmpty()) {
			return Optional.empty();
		}
		SearchResult best = results.get(0).get(0);
		// Under the COSINE metric Milvus scores by the cosine similarity, in [-1, 1].
		return Optional.of(new Neighbour(AssetId.of(String.valueOf(best.getId())), best.getScore()));
	}

	private Optional<Neighbour> lexical(MilvusClientV2 client, String tenantId, TextSignature signature,
			AssetId excluded) {
		String[] bands = signature.bandKeys();
		if (bands.length == 0) {
			return Optional.empty();
		}
		Neighbour best = null;
		for (QueryResult hit : client.query(this.collection.sharingBands(tenantId, bands, excluded))
			.getQueryResults()) {
			double similarity = signature.similarity(signatureOf(hit.getEntity()));
			if (best == null || similarity > best.similarity()) {
				best = new Neighbour(assetOf(hit.getEntity()), similarity);
			}
		}
		return Optional.ofNullable(best);
	}

	private Optional<Neighbour> image(MilvusClientV2 client, String tenantId, long hash, AssetId excluded) {
		Neighbour best = null;
		for (QueryResult hit : client
			.query(this.collection.sharingChunks(tenantId, ImageHash.chunkKeys(hash), excluded))
			.getQueryResults()) {
			long stored = ((Number) hit.getEntity().get(OriginalityCollection.IMAGE)).longValue();
			int distance = ImageHash.distance(hash, stored);
			if (best == null || distance < best.bitsApart()) {
				best = Neighbour.ofImage(assetOf(hit.getEntity()), distance);
			}
		}
		return Optional.ofNullable(best);
	}

	@Override
	public void put(String tenantId, AssetId asset, Fingerprint fingerprint) {
		if (fingerprint.embedding().length != this.collection.dimension()) {
			throw new IllegalArgumentException("The embedding has " + fingerprint.embedding().length
					+ " dimensions, the collection " + this.collection.dimension());
		}
		client().upsert(this.collection.upsert(tenantId, asset, fingerprint));
	}

	@Override
	public boolean contains(AssetId asset) {
		return !client().query(this.collection.byAsset(asset)).getQueryResults().isEmpty();
	}

	@Override
	public Optional<TextSignature> copySignature(AssetId asset) {
		return entity(asset).map(MilvusOriginalityIndex::signatureOf);
	}

	@Override
	public Optional<TextSignature> imageTextSignature(AssetId asset) {
		return entity(asset).flatMap(MilvusOriginalityIndex::imageTextOf);
	}

	private Optional<Map<String, Object>> entity(AssetId asset) {
		return client().query(this.collection.byAsset(asset))
			.getQueryResults()
			.stream()
			.findFirst()
			.map(QueryResult::getEntity);
	}

	private static TextSignature signatureOf(Map<String, Object> entity) {
		return decoded((String) entity.get(OriginalityCollection.SIGNATURE));
	}

	/** The signature of the words on the entity's image; empty where it has none. */
	private static Optional<TextSignature> imageTextOf(Map<String, Object> entity) {
		String encoded = (String) entity.get(OriginalityCollection.IMAGE_TEXT);
		return (encoded == null || encoded.isEmpty()) ? Optional.empty() : Optional.of(decoded(encoded));
	}

	private static TextSignature decoded(String base64) {
		return TextSignature.fromBytes(Base64.getDecoder().decode(base64));
	}

	private static AssetId assetOf(Map<String, Object> entity) {
		return AssetId.of((String) entity.get(OriginalityCollection.ASSET));
	}

	/** The connected client, connecting and preparing the collection on first use. */
	private MilvusClientV2 client() {
		MilvusClientV2 connected = this.client;
		if (connected != null) {
			return connected;
		}
		this.connecting.lock();
		try {
			if (this.closed) {
				throw new IllegalStateException("The Milvus originality index is closed");
			}
			MilvusClientV2 current = this.client;
			if (current != null) {
				return current;
			}
			RuntimeException failure = this.failure;
			if (failure != null
					&& System.nanoTime() - this.failedAt < TimeUnit.SECONDS.toNanos(RECONNECT_AFTER_SECONDS)) {
				throw new IllegalStateException("Milvus unreachable; the next attempt comes " + RECONNECT_AFTER_SECONDS
						+ "s after the last one failed", failure);
			}
			try {
				MilvusClientV2 fresh = new MilvusClientV2(this.connection);
				try {
					prepare(fresh);
				}
				catch (RuntimeException ex) {
					fresh.close();
					throw ex;
				}
				this.client = fresh;
				this.failure = null;
				return fresh;
			}
			catch (RuntimeException ex) {
				this.failure = ex;
				this.failedAt = System.nanoTime();
				throw ex;
			}
		}
		finally {
			this.connecting.unlock();
		}
	}

	/**
	 * Creates the collection when absent; otherwise checks that its embeddings have the
	 * configured dimension and loads it (which does nothing when it is loaded).
	 */
	private void prepare(MilvusClientV2 client) {
		String name = this.collection.name();
		if (!client.hasCollection(HasCollectionReq.builder().collectionName(name).build())) {
			client.createCollection(this.collection.create());
			return;
		}
		CollectionSchema schema = client
			.describeCollection(DescribeCollectionReq.builder().collectionName(name).build())
			.getCollectionSchema();
		FieldSchema vector = schema.getField(OriginalityCollection.VECTOR);
		if (vector == null || vector.getDimension() == null || vector.getDimension() != this.collection.dimension()) {
			throw new IllegalStateException("Milvus collection " + name + " has no " + OriginalityCollection.VECTOR
					+ " field of dimension " + this.collection.dimension());
		}
		for (String field : List.of(OriginalityCollection.IMAGE_TEXT, OriginalityCollection.IMAGE_BANDS)) {
			if (schema.getField(field) == null) {
				throw new IllegalStateException("Milvus collection " + name + " has no " + field
						+ " field: it was created by an earlier version; drop it or name another collection "
						+ "(aigc.inspection.originality.milvus.collection)");
			}
		}
		client.loadCollection(LoadCollectionReq.builder().collectionName(name).build());
	}

	@Override
	public void close() {
		this.connecting.lock();
		try {
			this.closed = true;
			MilvusClientV2 connected = this.client;
			this.client = null;
			if (connected != null) {
				connected.close();
			}
		}
		finally {
			this.connecting.unlock();
		}
	}

}
