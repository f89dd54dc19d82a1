package main

// readGiven reads the given names with their births by sex.
func (b *builder) readGiven(s source) error {
	rows, err := tsvRows(s, 5)
	if err != nil {
		return err
	}
	for _, r := range rows {
		f, err := number(s, r, 1)
		if err != nil {
			return err
		}
		m, err := number(s, r, 2)
		if err != nil {
			return err
		}
		b.given[key(r[0])] = [2]uint32{f, m}
	}
	return nil
}
