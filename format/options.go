package format

import "runtime/debug"

// Option configures a writer.
type Option func(*options)

type options struct {
	minScore    float64
	tool        string
	toolVersion string
}

func newOptions(opts []Option) options {
	o := options{tool: "fedele", toolVersion: moduleVersion()}
	for _, f := range opts {
		f(&o)
	}
	return o
}

// MinScore keeps only the beads whose score (the aligner's confidence)
// is at least s; the others are left out of TMX and TSV files. The
// default, 0, keeps every bead.
func MinScore(s float64) Option {
	return func(o *options) { o.minScore = s }
}

// Tool names the program and its version where a format records them:
// the TMX header and the HTML page's generator (XLIFF's core has no
// place for them). The
// default is "fedele" and the version of this module as the running
// binary was built with it ("devel" for a build from a work tree).
func Tool(name, version string) Option {
	return func(o *options) { o.tool, o.toolVersion = name, version }
}

// modulePath is the path of the module whose version [Tool] reports.
const modulePath = "github.com/fedele/fedele"

// moduleVersion returns the version of this module in the running
// binary, or "devel".
func moduleVersion() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	v := bi.Main.Version
	if bi.Main.Path != modulePath {
		v = ""
		for _, d := range bi.Deps {
			if d.Path == modulePath {
				v = d.Version
			}
		}
	}
	if v == "" || v == "(devel)" {
		return "devel"
	}
	return v
}
