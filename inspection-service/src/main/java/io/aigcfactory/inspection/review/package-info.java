/**
 * The review queue: assets in review wait here for a human decision (claim, approve,
 * reject, with an audit trail) or for the expiry policy; decisions are announced as
 * verdicts and become suggested additions to the tenant's lists.
 */
@NullMarked
package io.aigcfactory.inspection.review;

import org.jspecify.annotations.NullMarked;
