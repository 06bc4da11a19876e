// What an article's address carries that is not the article.

/** Query parameters that only track how the reader arrived: dropped so that one article has one address. */
export const TRACKING_PARAM = /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid)$/i;
