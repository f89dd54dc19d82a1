package main

import "github.com/newsmodel/newsmodel/internal/contractjson"

// The JSON contract as the tests read it back: the README's shape, as
// package contractjson models it for the root package's tests too. Every
// "text" equals the bytes its span covers in the file.
type (
	output = contractjson.Output
	report = contractjson.Report
)
