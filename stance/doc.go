// Package stance finds who stands for or against whom in a news report.
package stance
