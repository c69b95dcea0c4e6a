// Package extract reads the text of documents that are not plain text,
// HTML pages for now, and keeps the way back: every byte offset of the
// extracted text maps to the bytes of the original document it comes
// from, so that a report on the text points into the user's file.
//
// [HTML] keeps the text a browser shows as the page's content: the text
// of the body, entities decoded, white space collapsed as a browser
// collapses it (kept as it is inside pre), and a paragraph break (a
// blank line) at every edge of a block element (p, div, h1 to h6, li,
// td, blockquote...), which is where package segment ends a paragraph; br
// is a line break. It leaves out the head (title and metadata), scripts,
// style sheets, templates, noscript, embedded SVG and MathML, forms'
// controls, comments, and every attribute (alt and title texts are not
// read). The page must be UTF-8.
//
// [Text.Remap] moves the spans of a [fedele.Report] on the extracted
// text to the original document.
//
// PDF, word-processor files (DOCX, ODT), subtitles (SRT, WebVTT), XLIFF
// and TMX are not read: convert them to plain text or HTML first.
package extract
