export { normaliseUrl, reviewsKey, REVIEWS_PREFIX } from "./key";
export { matchReviews, putReview, similarity, type PageReviews, type Passage, type ReviewMatch, type StoredReview } from "./match";
export { loadPageReviews, savePageReviews } from "../../browser/storage/reviews";
