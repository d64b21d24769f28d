package io.aigcfactory.distribution.channel;

/** A place approved assets are published to. */
public interface Channel {

	/** The channel's id in the catalogue. */
	String id();

	/**
	 * Publishes an asset.
	 * @return where the channel put it
	 * @throws DeliveryFailed when it could not; the failure says whether a retry may help
	 */
	String publish(Delivery delivery);

}
