/**
 * The longest change request we accept: a page of text, enough for any real request. Apart from
 * the request's schema (change-request.ts) for the account page's form, which shows it.
 */
export const changeRequestMaxLength = 4000;
