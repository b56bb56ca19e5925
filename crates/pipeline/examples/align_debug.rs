use chorus_model::hash::term_hash;
fn main() {
    let inputs: Vec<String> = std::env::args().skip(1).collect();
    let (raw, _) = chorus_ingest::read_all(&inputs, &Default::default());
    let mut arts: Vec<_> = raw.into_iter().filter_map(|r| chorus_extract::extract(r).0).collect();
    for a in &mut arts { chorus_text::annotate(a); }
    let groups: Vec<usize> = (0..arts.len()).collect();
    let members: Vec<usize> = (0..arts.len()).collect();
    let al = chorus_compare::align_story(&arts, &members, &groups);
    let _ = term_hash("x");
    for (i, s) in al.sentences.iter().enumerate() {
        let a = &arts[s.at.article];
        let text = a.span_text(a.sentences[s.at.sentence].span);
        // best other per article regardless of threshold
        let mut best = vec![(0.0f32, 0usize); arts.len()];
        for (j, o) in al.sentences.iter().enumerate() {
            if o.at.article == s.at.article { continue; }
            let sim = al.similarity(i, j);
            if sim > best[o.at.article].0 { best[o.at.article] = (sim, j); }
        }
        println!("[{}:{}] {}", s.at.article, s.at.sentence, text.chars().take(150).collect::<String>());
        for (art, (sim, j)) in best.iter().enumerate() {
            if *sim > 0.15 {
                let o = &al.sentences[*j]; let b = &arts[o.at.article];
                let t = b.span_text(b.sentences[o.at.sentence].span);
                println!("    {:.2} [{}:{}] {}", sim, art, o.at.sentence, t.chars().take(120).collect::<String>());
            }
        }
    }
}
