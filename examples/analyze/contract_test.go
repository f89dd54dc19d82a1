package main

// The JSON contract as the tests read it back: the README's shape, written
// out independently of the root package's rendering, so that a change of
// either shows. Every "text" equals the bytes its span covers in the file.

type output struct {
	Reports []report `json:"reports"`
	Links   links    `json:"links"`
}

type report struct {
	File     string       `json:"file"`
	ID       string       `json:"id"`
	Article  articleJSON  `json:"article"`
	Entities []entityJSON `json:"entities"`
	Quotes   []quoteJSON  `json:"quotes"`
	Times    []timeJSON   `json:"times"`
	Stances  []stanceJSON `json:"stances"`
}

type spanJSON struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

type textSpanJSON struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type articleJSON struct {
	Date       *string         `json:"date"`
	Headline   *spanJSON       `json:"headline"`
	Paragraphs []paragraphJSON `json:"paragraphs"`
}

type paragraphJSON struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  string `json:"kind"`
}

type entityJSON struct {
	ID          string        `json:"id"`
	Name        string        `json:"name"`
	Kind        string        `json:"kind"`
	Anonymous   bool          `json:"anonymous"`
	Titles      []string      `json:"titles"`
	Affiliation string        `json:"affiliation"`
	Aliases     []string      `json:"aliases"`
	Mentions    []mentionJSON `json:"mentions"`
}

type mentionJSON struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Form  string `json:"form"`
}

type quoteJSON struct {
	Kind    string        `json:"kind"`
	Text    string        `json:"text"`
	Content []spanJSON    `json:"content"`
	Speaker *speakerJSON  `json:"speaker"`
	Cue     *textSpanJSON `json:"cue"`
}

type speakerJSON struct {
	Entity *string `json:"entity"`
	Text   string  `json:"text"`
	Start  int     `json:"start"`
	End    int     `json:"end"`
}

type timeJSON struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Value string `json:"value"`
}

type stanceJSON struct {
	Holder   partyJSON     `json:"holder"`
	Target   partyJSON     `json:"target"`
	Polarity string        `json:"polarity"`
	Negated  bool          `json:"negated"`
	Cue      *textSpanJSON `json:"cue"`
	Evidence *spanJSON     `json:"evidence"`
}

type partyJSON struct {
	Entity *string `json:"entity"`
	Text   string  `json:"text"`
}

type links struct {
	Entities []entityLinkJSON `json:"entities"`
	Quotes   []quoteLinkJSON  `json:"quotes"`
}

type entityLinkJSON struct {
	Name    string             `json:"name"`
	Members []entityMemberJSON `json:"members"`
}

type entityMemberJSON struct {
	Report int    `json:"report"`
	Entity string `json:"entity"`
}

type quoteLinkJSON struct {
	Members []quoteMemberJSON `json:"members"`
}

type quoteMemberJSON struct {
	Report int `json:"report"`
	Quote  int `json:"quote"`
}
