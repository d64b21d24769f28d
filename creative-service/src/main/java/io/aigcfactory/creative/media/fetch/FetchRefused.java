package io.aigcfactory.creative.media.fetch;

import io.aigcfactory.creative.media.UnacceptablePhoto;

/** A photo URL the fetcher would not, or could not, download. */
public class FetchRefused extends UnacceptablePhoto {

	public FetchRefused(String reason) {
		super(reason);
	}

	public FetchRefused(String reason, Throwable cause) {
		super(reason, cause);
	}

}
