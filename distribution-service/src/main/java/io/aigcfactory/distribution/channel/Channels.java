package io.aigcfactory.distribution.channel;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.aigcfactory.distribution.channel.fs.FilesystemChannel;
import io.aigcfactory.distribution.channel.webhook.WebhookChannel;
import io.aigcfactory.platform.channel.ChannelCatalog;
import io.aigcfactory.platform.storage.BlobStore;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/** One adapter per channel of the catalogue. */
@Component
public class Channels {

	private final Map<String, Channel> channels = new TreeMap<>();

	Channels(ChannelCatalog catalog, DistributionSettings settings, BlobStore blobs, JsonMapper json, Clock clock) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		catalog.catalog().forEach((id, channel) -> this.channels.put(id, switch (channel.kind()) {
			case FILESYSTEM -> new FilesystemChannel(id,
					(channel.directory() != null) ? channel.directory() : settings.exportRoot().resolve(id), blobs,
					json, clock);
			case WEBHOOK -> new WebhookChannel(id, channel.url(), channel.secret(), channel.timeout(),
					settings.publicBaseUrl(), http, json, clock);
		}));
	}

	public Optional<Channel> find(String id) {
		return Optional.ofNullable(this.channels.get(id));
	}

}
