<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivationExplorer</name>
    <message numerus="yes">
        <source>After %n sigmoid layer(s) a gradient keeps at most 0.25{0} = {1} (1/{2}) of its size.</source>
        <translation>
            <numerusform>After %n sigmoid layer a gradient keeps at most 0.25{0} = {1} (1/{2}) of its size.</numerusform>
            <numerusform>After %n sigmoid layers a gradient keeps at most 0.25{0} = {1} (1/{2}) of its size.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostView</name>
    <message numerus="yes">
        <source>With the {0} cost and η = {1}, the badly wrong neuron (w = 2, b = 2) reaches output {2} after %n epoch(s).</source>
        <translation>
            <numerusform>With the {0} cost and η = {1}, the badly wrong neuron (w = 2, b = 2) reaches output {2} after %n epoch.</numerusform>
            <numerusform>With the {0} cost and η = {1}, the badly wrong neuron (w = 2, b = 2) reaches output {2} after %n epochs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} from {1} to {2}: the error count changes in whole steps (%n jump(s), flat in between — no slope to follow); the cost changes smoothly.</source>
        <translation>
            <numerusform>{0} from {1} to {2}: the error count changes in whole steps (%n jump, flat in between — no slope to follow); the cost changes smoothly.</numerusform>
            <numerusform>{0} from {1} to {2}: the error count changes in whole steps (%n jumps, flat in between — no slope to follow); the cost changes smoothly.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigitPadWindow</name>
    <message numerus="yes">
        <source>Delete %n saved drawing(s)? Their files are removed from {0}.</source>
        <translation>
            <numerusform>Delete %n saved drawing? Its file is removed from {0}.</numerusform>
            <numerusform>Delete %n saved drawings? Their files are removed from {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be read and are in the list below with a warning sign (point at one to see why): select them and press Delete to delete them.</source>
        <translation>
            <numerusform>%n file cannot be read; it is in the list below with a warning sign: select it and press Delete to delete it.</numerusform>
            <numerusform>%n files cannot be read; they are in the list below with a warning sign (point at one to see why): select them and press Delete to delete them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadDialog</name>
    <message numerus="yes">
        <source>{0}: %n file(s) downloaded; the others were there already. The checksums of all four are verified.</source>
        <translation>
            <numerusform>{0}: %n file downloaded; the others were there already. The checksums of all four are verified.</numerusform>
            <numerusform>{0}: %n files downloaded; the others were there already. The checksums of all four are verified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message numerus="yes">
        <source>Stopped after %n epoch(s), the limit set in the training settings.</source>
        <translation>
            <numerusform>Stopped after %n epoch, the limit set in the training settings.</numerusform>
            <numerusform>Stopped after %n epochs, the limit set in the training settings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped early: the test loss has not improved for %n epoch(s) (best {best} after epoch {at}).</source>
        <translation>
            <numerusform>Stopped early: the test loss has not improved for %n epoch (best {best} after epoch {at}).</numerusform>
            <numerusform>Stopped early: the test loss has not improved for %n epochs (best {best} after epoch {at}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network&apos;s output layer (%n unit(s), {problem}) does not fit the data.</source>
        <translation>
            <numerusform>The network&apos;s output layer (%n unit, {problem}) does not fit the data.</numerusform>
            <numerusform>The network&apos;s output layer (%n units, {problem}) does not fit the data.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has %n column(s), expected {expected} (as line {first})</source>
        <translation>
            <numerusform>has %n column, expected {expected} (as line {first})</numerusform>
            <numerusform>has %n columns, expected {expected} (as line {first})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>label_column={index} but the file has %n column(s) (use 0..{last}, or -1 for the last)</source>
        <translation>
            <numerusform>label_column={index} but the file has %n column (use 0..{last}, or -1 for the last)</numerusform>
            <numerusform>label_column={index} but the file has %n columns (use 0..{last}, or -1 for the last)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: Dense layer {layer}: weight shapes {W_shape} and {b_shape} do not match %n unit(s).</source>
        <translation>
            <numerusform>{name}: Dense layer {layer}: weight shapes {W_shape} and {b_shape} do not match %n unit.</numerusform>
            <numerusform>{name}: Dense layer {layer}: weight shapes {W_shape} and {b_shape} do not match %n units.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: Dense layer {layer}: {W} has %n row(s), but the layer before has size {values}.</source>
        <translation>
            <numerusform>{name}: Dense layer {layer}: {W} has %n row, but the layer before has size {values}.</numerusform>
            <numerusform>{name}: Dense layer {layer}: {W} has %n rows, but the layer before has size {values}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a list of %n name(s) (or none)</source>
        <translation>
            <numerusform>a list of %n name (or none)</numerusform>
            <numerusform>a list of %n names (or none)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training %n network(s) at once (about {each} each) would need about {needed} of memory, more than the limit of {limit}: choose fewer contestants or seeds, a smaller network or a smaller batch.</source>
        <translation>
            <numerusform>Training %n network at once (about {each} each) would need about {needed} of memory, more than the limit of {limit}: choose fewer contestants or seeds, a smaller network or a smaller batch.</numerusform>
            <numerusform>Training %n networks at once (about {each} each) would need about {needed} of memory, more than the limit of {limit}: choose fewer contestants or seeds, a smaller network or a smaller batch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This sweep would need about {needed} of memory, more than the limit of {limit}: it trains %n network(s) at once and keeps each one&apos;s loss and accuracy at every step. Choose fewer seeds, fewer contestants, fewer steps or a smaller batch.</source>
        <translation>
            <numerusform>This sweep would need about {needed} of memory, more than the limit of {limit}: it trains %n network at once and keeps each one&apos;s loss and accuracy at every step. Choose fewer seeds, fewer contestants, fewer steps or a smaller batch.</numerusform>
            <numerusform>This sweep would need about {needed} of memory, more than the limit of {limit}: it trains %n networks at once and keeps each one&apos;s loss and accuracy at every step. Choose fewer seeds, fewer contestants, fewer steps or a smaller batch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>y has shape {shape}, but the model has %n output unit(s): expected ({rows}, {k}).</source>
        <translation>
            <numerusform>y has shape {shape}, but the model has %n output unit: expected ({rows}, {k}).</numerusform>
            <numerusform>y has shape {shape}, but the model has %n output units: expected ({rows}, {k}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>there is no point {index} in the {split} set (%n point(s))</source>
        <translation>
            <numerusform>there is no point {index} in the {split} set (%n point)</numerusform>
            <numerusform>there is no point {index} in the {split} set (%n points)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The race has taken %n step(s): a new contestant would start behind the others. Restart the race (race.reset()) first.</source>
        <translation>
            <numerusform>The race has taken %n step: a new contestant would start behind the others. Restart the race (race.reset()) first.</numerusform>
            <numerusform>The race has taken %n steps: a new contestant would start behind the others. Restart the race (race.reset()) first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FairnessCard</name>
    <message numerus="yes">
        <source>Every contestant starts at ({0:.3g}, {1:.3g}) and takes %n step(s) with the same optimizer code that trains networks; with gradient noise, all get the same draws.</source>
        <translation>
            <numerusform>Every contestant starts at ({0:.3g}, {1:.3g}) and takes %n step with the same optimizer code that trains networks; with gradient noise, all get the same draws.</numerusform>
            <numerusform>Every contestant starts at ({0:.3g}, {1:.3g}) and takes %n steps with the same optimizer code that trains networks; with gradient noise, all get the same draws.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seed s gives the initial weights that seed draws and the batch order of seed s — the same for every contestant: %n start(s), seeds {0} to {1}.</source>
        <translation>
            <numerusform>Seed s gives the initial weights that seed draws and the batch order of seed s — the same for every contestant: %n start, seed {0}.</numerusform>
            <numerusform>Seed s gives the initial weights that seed draws and the batch order of seed s — the same for every contestant: %n starts, seeds {0} to {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Initial weights: &lt;tt&gt;&lt;b&gt;{0}&lt;/b&gt;&lt;/tt&gt;, the same for every contestant.&lt;br&gt;Batches: &lt;tt&gt;&lt;b&gt;{1}&lt;/b&gt;&lt;/tt&gt; after %n step(s), the same for all.</source>
        <translation>
            <numerusform>Initial weights: &lt;tt&gt;&lt;b&gt;{0}&lt;/b&gt;&lt;/tt&gt;, the same for every contestant.&lt;br&gt;Batches: &lt;tt&gt;&lt;b&gt;{1}&lt;/b&gt;&lt;/tt&gt; after %n step, the same for all.</numerusform>
            <numerusform>Initial weights: &lt;tt&gt;&lt;b&gt;{0}&lt;/b&gt;&lt;/tt&gt;, the same for every contestant.&lt;br&gt;Batches: &lt;tt&gt;&lt;b&gt;{1}&lt;/b&gt;&lt;/tt&gt; after %n steps, the same for all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InitializationView</name>
    <message numerus="yes">
        <source>%n layer(s) {0}</source>
        <translation>
            <numerusform>%n layer {0}</numerusform>
            <numerusform>%n layers {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LayerStrip</name>
    <message numerus="yes">
        <source>&lt;b&gt;{title}&lt;/b&gt;: %n feature(s)</source>
        <translation>
            <numerusform>&lt;b&gt;{title}&lt;/b&gt;: %n feature</numerusform>
            <numerusform>&lt;b&gt;{title}&lt;/b&gt;: %n features</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkEditor</name>
    <message numerus="yes">
        <source>The input layer&apos;s size follows the dataset (%n feature(s)).</source>
        <translation>
            <numerusform>The input layer&apos;s size follows the dataset (%n feature).</numerusform>
            <numerusform>The input layer&apos;s size follows the dataset (%n features).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The input layer follows the dataset (%n feature(s)); it cannot be removed.</source>
        <translation>
            <numerusform>The input layer follows the dataset (%n feature); it cannot be removed.</numerusform>
            <numerusform>The input layer follows the dataset (%n features); it cannot be removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The lecture&apos;s XOR network has 2 inputs and one binary output; this dataset has %n feature(s). Choose the XOR dataset first.</source>
        <translation>
            <numerusform>The lecture&apos;s XOR network has 2 inputs and one binary output; this dataset has %n feature. Choose the XOR dataset first.</numerusform>
            <numerusform>The lecture&apos;s XOR network has 2 inputs and one binary output; this dataset has %n features. Choose the XOR dataset first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkScene</name>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n feature</numerusform>
            <numerusform>%n features</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverfittingLab</name>
    <message numerus="yes">
        <source>Run the lab: %n training(s) of {0} epochs (no cure, then each cure ticked), a few seconds each.</source>
        <translation>
            <numerusform>Run the lab: %n training of {0} epochs (no cure, then each cure ticked), a few seconds each.</numerusform>
            <numerusform>Run the lab: %n trainings of {0} epochs (no cure, then each cure ticked), a few seconds each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message numerus="yes">
        <source>%n older autosaved project(s) from windows that did not close properly are kept in {0}: open them with File → Open project…</source>
        <translation>
            <numerusform>%n older autosaved project from a window that did not close properly is kept in {0}: open it with File → Open project…</numerusform>
            <numerusform>%n older autosaved projects from windows that did not close properly are kept in {0}: open them with File → Open project…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Race</name>
    <message numerus="yes">
        <source>The race is over after %n step(s). Restart races again; a longer race goes on.</source>
        <translation>
            <numerusform>The race is over after %n step. Restart races again; a longer race goes on.</numerusform>
            <numerusform>The race is over after %n steps. Restart races again; a longer race goes on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every seed has run %n step(s). Restart races again.</source>
        <translation>
            <numerusform>Every seed has run %n step. Restart races again.</numerusform>
            <numerusform>Every seed has run %n steps. Restart races again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RaceRoom</name>
    <message numerus="yes">
        <source>The race stopped after %n step(s); the table is final. Race starts a new one.</source>
        <translation>
            <numerusform>The race stopped after %n step; the table is final. Race starts a new one.</numerusform>
            <numerusform>The race stopped after %n steps; the table is final. Race starts a new one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message numerus="yes">
        <source>Each learning rate&apos;s loss at the end of its %n tuning step(s), the epoch loss as the Loss column shows it (the median of the seeds): {0}</source>
        <translation>
            <numerusform>Each learning rate&apos;s loss at the end of its %n tuning step, the epoch loss as the Loss column shows it (the median of the seeds): {0}</numerusform>
            <numerusform>Each learning rate&apos;s loss at the end of its %n tuning steps, the epoch loss as the Loss column shows it (the median of the seeds): {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The steps to the target of the %n seed(s) that reached it (of {0}): median {1:g}, quartiles {2:g} and {3:g}.</source>
        <translation>
            <numerusform>The steps to the target of the %n seed that reached it (of {0}): median {1:g}, quartiles {2:g} and {3:g}.</numerusform>
            <numerusform>The steps to the target of the %n seeds that reached it (of {0}): median {1:g}, quartiles {2:g} and {3:g}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every contestant took the same %n step(s) from the same start.</source>
        <translation>
            <numerusform>Every contestant took the same %n step from the same start.</numerusform>
            <numerusform>Every contestant took the same %n steps from the same start.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each tuned: every contestant tried the same {0} learning rates (0.001 to 1) for %n step(s) each — the same budget for all — and races at the best one.</source>
        <translation>
            <numerusform>Each tuned: every contestant tried the same {0} learning rates (0.001 to 1) for %n step each — the same budget for all — and races at the best one.</numerusform>
            <numerusform>Each tuned: every contestant tried the same {0} learning rates (0.001 to 1) for %n steps each — the same budget for all — and races at the best one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each tuned: best of {0} rates, %n step(s) each.</source>
        <translation>
            <numerusform>Each tuned: best of {0} rates, %n step each.</numerusform>
            <numerusform>Each tuned: best of {0} rates, %n steps each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each tuned: every contestant tries the same {0} learning rates (0.001 to 1) for %n step(s) each — the same budget for all — then races at the best one.</source>
        <translation>
            <numerusform>Each tuned: every contestant tries the same {0} learning rates (0.001 to 1) for %n step each — the same budget for all — then races at the best one.</numerusform>
            <numerusform>Each tuned: every contestant tries the same {0} learning rates (0.001 to 1) for %n steps each — the same budget for all — then races at the best one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each tuned: tries {0} rates, %n step(s) each.</source>
        <translation>
            <numerusform>Each tuned: tries {0} rates, %n step each.</numerusform>
            <numerusform>Each tuned: tries {0} rates, %n steps each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Same start (weights {0}), same batches ({1}), %n step(s).</source>
        <translation>
            <numerusform>Same start (weights {0}), same batches ({1}), %n step.</numerusform>
            <numerusform>Same start (weights {0}), same batches ({1}), %n steps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Same start, same batches, %n step(s).</source>
        <translation>
            <numerusform>Same start, same batches, %n step.</numerusform>
            <numerusform>Same start, same batches, %n steps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seeds: {0}; %n step(s) each.</source>
        <translation>
            <numerusform>Seeds: {0}; %n step each.</numerusform>
            <numerusform>Seeds: {0}; %n steps each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message numerus="yes">
        <source>{0} points, %n feature(s); tested on the same {0} points</source>
        <translation>
            <numerusform>{0} points, %n feature; tested on the same {0} points</numerusform>
            <numerusform>{0} points, %n features; tested on the same {0} points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} training, {1} test, %n feature(s)</source>
        <translation>
            <numerusform>{0} training, {1} test, %n feature</numerusform>
            <numerusform>{0} training, {1} test, %n features</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepsToTargetPlot</name>
    <message numerus="yes">
        <source>{0} (%n seed(s))</source>
        <translation>
            <numerusform>{0} (%n seed)</numerusform>
            <numerusform>{0} (%n seeds)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateCard</name>
    <message numerus="yes">
        <source>batches of %n</source>
        <translation>
            <numerusform>a batch of %n</numerusform>
            <numerusform>batches of %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>{kind}: %n file(s) downloaded into {folder}, where the others were already; the checksums of all four are verified</source>
        <translation>
            <numerusform>{kind}: %n file downloaded into {folder}, where the others were already; the checksums of all four are verified</numerusform>
            <numerusform>{kind}: %n files downloaded into {folder}, where the others were already; the checksums of all four are verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Race on {architecture} ({hidden}; {activation} output, {loss}), {data}: %n training sample(s), {batches}, {steps}, seed {seed}</source>
        <translation>
            <numerusform>Race on {architecture} ({hidden}; {activation} output, {loss}), {data}: %n training sample, {batches}, {steps}, seed {seed}</numerusform>
            <numerusform>Race on {architecture} ({hidden}; {activation} output, {loss}), {data}: %n training samples, {batches}, {steps}, seed {seed}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each tuned: {rates} learning rates for every contestant, %n step(s) each (the same budget), then the race at each one&apos;s best rate: the lowest loss at the end of its tuning run</source>
        <translation>
            <numerusform>Each tuned: {rates} learning rates for every contestant, %n step each (the same budget), then the race at each one&apos;s best rate: the lowest loss at the end of its tuning run</numerusform>
            <numerusform>Each tuned: {rates} learning rates for every contestant, %n steps each (the same budget), then the race at each one&apos;s best rate: the lowest loss at the end of its tuning run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{surface}: f(x, y) = {formula}, from ({x}, {y}), %n step(s), gradient noise {noise} (seed {seed})</source>
        <translation>
            <numerusform>{surface}: f(x, y) = {formula}, from ({x}, {y}), %n step, gradient noise {noise} (seed {seed})</numerusform>
            <numerusform>{surface}: f(x, y) = {formula}, from ({x}, {y}), %n steps, gradient noise {noise} (seed {seed})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{surface}: f(x, y) = {formula}, from ({x}, {y}), %n step(s)</source>
        <translation>
            <numerusform>{surface}: f(x, y) = {formula}, from ({x}, {y}), %n step</numerusform>
            <numerusform>{surface}: f(x, y) = {formula}, from ({x}, {y}), %n steps</numerusform>
        </translation>
    </message>
</context>
</TS>
