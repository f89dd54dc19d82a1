// Package entity finds the actors of a news report — people, organisations,
// places and groups — with their titles, affiliations and every mention, and
// merges them across reports.
package entity
