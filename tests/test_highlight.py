from newsweave.highlight import Mark, render


def test_text_is_escaped():
    html = render('<script>alert("x")</script> & »Putin«', [])
    assert "<script>" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html and "»Putin«" in html


def test_nested_marks():
    text = "Onsdag mødtes de."
    html = render(text, [Mark(0, 17, "span", (("class", "s"),)), Mark(0, 6, "mark")])
    assert html == '<span class="s"><mark>Onsdag</mark> mødtes de.</span>'


def test_crossing_marks_stay_well_formed():
    html = render("abcdef", [Mark(0, 4, "b"), Mark(2, 6, "i")])
    assert html == "<b>ab<i>cd</i></b><i>ef</i>"


def test_attribute_values_are_escaped():
    html = render("x", [Mark(0, 1, "mark", (("title", '"><script>'),))])
    assert '"><script>' not in html and "&#34;&gt;&lt;script&gt;" in html


def test_empty_marks_are_dropped():
    assert render("abc", [Mark(1, 1, "mark")]) == "abc"
