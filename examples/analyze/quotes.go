package main

import "github.com/newsmodel/newsmodel/quote"

// quotesOf finds the quotes of a report; an.entities is filled.
func quotesOf(an analysis) ([]quote.Quote, []quoteJSON) { return nil, nil }

// quoteLinks aligns the quotes several reports share.
func quoteLinks(all []analysis) []quoteLinkJSON { return nil }
