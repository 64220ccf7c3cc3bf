<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>Initial weights: &lt;tt&gt;&lt;b&gt;{0}&lt;/b&gt;&lt;/tt&gt; for all {1} contestants.&lt;br&gt;Batches: &lt;tt&gt;&lt;b&gt;{2}&lt;/b&gt;&lt;/tt&gt; after %n step(s), the same for all.</source>
        <translation>
            <numerusform>Initial weights: &lt;tt&gt;&lt;b&gt;{0}&lt;/b&gt;&lt;/tt&gt; for all {1} contestants.&lt;br&gt;Batches: &lt;tt&gt;&lt;b&gt;{2}&lt;/b&gt;&lt;/tt&gt; after %n step, the same for all.</numerusform>
            <numerusform>Initial weights: &lt;tt&gt;&lt;b&gt;{0}&lt;/b&gt;&lt;/tt&gt; for all {1} contestants.&lt;br&gt;Batches: &lt;tt&gt;&lt;b&gt;{2}&lt;/b&gt;&lt;/tt&gt; after %n steps, the same for all.</numerusform>
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
        <source>Final loss after %n step(s) at each learning rate: {0}</source>
        <translation>
            <numerusform>Final loss after %n step at each learning rate: {0}</numerusform>
            <numerusform>Final loss after %n steps at each learning rate: {0}</numerusform>
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
        <source>Same start (weights {0}), same batches ({1}), %n step(s).</source>
        <translation>
            <numerusform>Same start (weights {0}), same batches ({1}), %n step.</numerusform>
            <numerusform>Same start (weights {0}), same batches ({1}), %n steps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} seeds, %n step(s) each.</source>
        <translation>
            <numerusform>{0} seeds, %n step each.</numerusform>
            <numerusform>{0} seeds, %n steps each.</numerusform>
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
</TS>
