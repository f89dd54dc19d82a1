// Package quote finds who said what in a news report: direct, partial and
// indirect quotes, each with its speaker and cue.
package quote
