// Fills a form with plausible, valid sample answers: for training, demos and benchmarks (`maqa-cli draft
// fill-sample`, `maqa-cli template sample`). Never used on real returns; the text is neutral and identifier-free.
#pragma once

#include <cstdint>

namespace maqa::core {

class Form;

/** How to fill. */
struct SampleOptions
{
    std::uint32_t seed = 1;   //!< same seed, same answers
    int entriesPerRepeat = 3; //!< entries added to each shown repeat (within its min and max)
};

/**
 * Answers every shown, unanswered question with a value that passes its constraint where one of the candidates
 * does, adds a few entries to each shown repeat, and repeats until relevance settles (answers can reveal
 * questions). Returns the number of answers and entries added.
 */
int fillSample(Form &form, const SampleOptions &options = {});

} // namespace maqa::core
