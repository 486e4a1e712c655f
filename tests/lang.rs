//! Language detection over the table in `tests/data/lang.tsv` (text, expected code).

#[test]
fn detects_every_row_of_the_table() {
    let table = include_str!("data/lang.tsv");
    let mut failures = Vec::new();
    for (i, line) in table.lines().enumerate() {
        if line.starts_with('#') {
            continue;
        }
        let Some((text, want)) = line.rsplit_once('\t') else {
            continue;
        };
        let got = warta::lang::detect(text);
        if got.lang != want {
            failures.push(format!(
                "tests/data/lang.tsv:{}: {text:?}: expected {want}, got {}",
                i + 1,
                got.lang
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn an_english_quote_in_an_indonesian_article_shows_per_block() {
    let page = "Menteri Luar Negeri menyampaikan pidato pembukaan dalam forum tersebut di Jakarta pada pagi hari.\n\
                \"We cannot keep up with the world if we do not invest in our people and their skills,\" he said.\n\
                Ia menambahkan bahwa pemerintah akan terus mendukung kerja sama regional di bidang digital.\n";
    let a = warta::Analyzer::new().analyze(page);
    assert_eq!(a.lang, "id");
    let langs: Vec<&str> = a.blocks.iter().map(|b| b.lang.as_str()).collect();
    assert_eq!(langs, vec!["id", "en", "id"]);
}

#[test]
fn a_paragraph_of_names_and_figures_takes_its_language_not_und() {
    // Each second paragraph has too few function words to be judged by their count.
    let id = "Pemerintah daerah menyatakan bahwa bantuan akan segera disalurkan kepada para warga yang terdampak banjir di wilayah itu.\n\
              Bupati Sleman Kustini Purnomo, Kapolres AKBP Yuswanto Ardi, Dandim Letkol Inf Sugiyanto menerima bantuan sejak Senin pagi.\n";
    let ms = "Kerajaan negeri berkata bantuan itu akan diberikan kepada mangsa banjir selepas mesyuarat kerana keperluan rakyat amat mendesak.\n\
              Pengarah JPBN Selangor Datuk Mohd Zaidi Hassan, Ketua Polis Daerah Klang Asisten Komisioner Rahim Omar turut hadir sejak pagi Isnin.\n";
    let en = "The government said that aid would be sent to the people who were hit by the floods in the region this week.\n\
              Japan, South Korea, Singapore, Malaysia and New Zealand flew tents, generators, water filters, medicine while Australia pledged AUD 5 million.\n";
    for (page, want) in [(id, "id"), (ms, "ms"), (en, "en")] {
        let a = warta::Analyzer::new().analyze(page);
        let langs: Vec<&str> = a.blocks.iter().map(|b| b.lang.as_str()).collect();
        assert_eq!(langs, vec![want, want], "{page}");
    }
}

#[test]
fn a_paragraph_of_local_names_keeps_the_few_english_words_it_has() {
    // Town and person names sound Indonesian to letter statistics; "in" and "a" do not.
    let page = "The government said that aid would be sent to the people who were hit by the floods in the region this week.\n\
                Japan’s consul general in Denpasar, Hiroshi Tanaka, toured a temple in Tabanan.\n";
    let a = warta::Analyzer::new().analyze(page);
    let langs: Vec<&str> = a.blocks.iter().map(|b| b.lang.as_str()).collect();
    assert_eq!(langs, vec!["en", "en"]);
    assert_eq!(
        a.officials.first().and_then(|o| o.name.as_deref()),
        Some("Hiroshi Tanaka")
    );
}

#[test]
fn a_paragraph_in_a_script_without_spaces_is_judged_by_its_letters() {
    // A Thai, Chinese or Japanese sentence is a few long runs of letters, not a few words.
    let page = "The foreign ministers met in Bangkok on Monday to discuss trade and security in the region.\n\
                รัฐมนตรีว่าการกระทรวงการต่างประเทศได้พบกับผู้นำอาเซียนเพื่อหารือเกี่ยวกับการค้าและความมั่นคง\n\
                外交部长周二在北京会见了东盟国家的代表，讨论了贸易与安全问题。\n\
                Foto: Reuters\n";
    let d = warta::lang::Detector::new();
    let spans: Vec<warta::Span> = page
        .split_inclusive('\n')
        .scan(0, |at, l| {
            let s = warta::Span::new(*at, *at + l.trim_end().len());
            *at += l.len();
            Some(s)
        })
        .collect();
    let langs: Vec<String> = spans.iter().map(|&s| d.detect_block(page, s, "en")).collect();
    assert_eq!(langs, vec!["en", "th", "zh", "und"]);
}

/// Indonesian spellings where Malay writes otherwise ("ekspor", "obat-obatan", "Jepang")
/// outweigh a Malay word or two ("Kerajaan", "iaitu") in an Indonesian page.
#[test]
fn indonesian_spellings_outweigh_a_few_malay_words() {
    let t = "Ekspor kopi ke Jepang dan Meksiko naik tajam tahun ini.\n\nKunjungan dagang ke Swedia dan Norwegia mencakup riset pasar sepatu.\n\nKerajaan Belanda mengirim obat-obatan lewat kapal, iaitu bantuan bagi korban banjir.";
    assert_eq!(warta::lang::detect(t).lang, "id");
}
