/** "— Donald J. Trump (@realDonaldTrump) April 12, 2020": the signature line under an embedded post. */
export const POST_SIGNATURE = /^[—–-]\s*[^()]{2,80}\(@\w{1,30}\)/u;
