<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>ActivationExplorer</name>
    <message>
        <source>The unit&apos;s input z (or drag the vertical line).</source>
        <translation>유닛의 입력 z (세로선을 끌어도 됩니다).</translation>
    </message>
    <message>
        <source>How many sigmoid layers the gradient passes on its way back.</source>
        <translation>기울기가 거꾸로 돌아가며 지나는 시그모이드 층의 수.</translation>
    </message>
    <message>
        <source>Activation and z:</source>
        <translation>활성화 함수와 z:</translation>
    </message>
    <message>
        <source>sigmoid layers k</source>
        <translation>시그모이드 층 수 k</translation>
    </message>
    <message>
        <source>Sigmoid layers the gradient passes:</source>
        <translation>기울기가 지나는 시그모이드 층:</translation>
    </message>
    <message>
        <source>largest slope {0} at z = {1}</source>
        <translation>가장 큰 기울기 {0} (z = {1})</translation>
    </message>
    <message>
        <source>slope {0} for every z</source>
        <translation>모든 z에서 기울기 {0}</translation>
    </message>
    <message>
        <source>largest slope {0} for every z &gt; {1}</source>
        <translation>가장 큰 기울기 {0} (z &gt; {1}인 모든 곳)</translation>
    </message>
    <message>
        <source>largest slope {0} for every z &lt; {1}</source>
        <translation>가장 큰 기울기 {0} (z &lt; {1}인 모든 곳)</translation>
    </message>
    <message>
        <source>largest slope {0} for {1} &lt; z &lt; {2}</source>
        <translation>가장 큰 기울기 {0} ({1} &lt; z &lt; {2}인 모든 곳)</translation>
    </message>
    <message>
        <source>Shaded: |f′(z)| &lt; {0}, where almost no gradient passes ({1}).</source>
        <translation>음영: |f′(z)| &lt; {0}, 기울기가 거의 지나가지 못하는 곳 ({1}).</translation>
    </message>
    <message>
        <source>Nothing is shaded: the slope is never below {0}. Its smallest value, {1}, is small, but never 0: the unit never dies, as a ReLU unit can.</source>
        <translation>음영이 없습니다: 기울기가 {0} 아래로 내려가지 않습니다. 가장 작은 기울기 {1}도 작기는 하지만 0은 아니어서, ReLU 유닛과 달리 이 유닛은 죽지 않습니다.</translation>
    </message>
    <message>
        <source>The slope never comes near zero: nothing is shaded.</source>
        <translation>기울기가 0 가까이 가는 곳이 없어 음영이 없습니다.</translation>
    </message>
    <message>
        <source>At z = {0}: f(z) = {1}, f′(z) = {2}</source>
        <translation>z = {0}에서: f(z) = {1}, f′(z) = {2}</translation>
    </message>
    <message numerus="yes">
        <source>After %n sigmoid layer(s) a gradient keeps at most 0.25{0} = {1} (1/{2}) of its size.</source>
        <translation>
            <numerusform>시그모이드 층 %n개를 지나면 기울기는 많아야 0.25{0} = {1} (1/{2})만 남습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackpropStepper</name>
    <message>
        <source>g = w·x, f = g + b</source>
        <translation>g = w·x, f = g + b</translation>
    </message>
    <message>
        <source>With a sigmoid gate</source>
        <translation>시그모이드 게이트 추가</translation>
    </message>
    <message>
        <source>The studio&apos;s network</source>
        <translation>스튜디오의 신경망</translation>
    </message>
    <message>
        <source>The studio&apos;s network on one training example: every weight&apos;s gradient, with a finite-difference estimate beside it.</source>
        <translation>학습 예제 하나에 대한 스튜디오의 신경망: 모든 가중치의 기울기와 그 옆의 수치 미분 추정값.</translation>
    </message>
    <message>
        <source>The value of {0}: change it and step through the graph again.</source>
        <translation>{0}의 값: 바꾼 뒤 그래프를 다시 한 단계씩 따라가 보세요.</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>예제:</translation>
    </message>
    <message>
        <source>The training example whose loss the graph computes.</source>
        <translation>그래프가 손실을 계산하는 학습 예제.</translation>
    </message>
    <message>
        <source>Forward ▶</source>
        <translation>순전파 ▶</translation>
    </message>
    <message>
        <source>The studio&apos;s network on one example, up to its loss C. Press Forward ▶ to compute it node by node.</source>
        <translation>예제 하나에 대한 스튜디오의 신경망과 그 손실 C. ‘순전파 ▶’를 눌러 노드마다 계산해 보세요.</translation>
    </message>
    <message>
        <source>The inputs are given. Press Forward ▶ to compute {0} node by node.</source>
        <translation>입력값이 주어져 있습니다. ‘순전파 ▶’를 눌러 {0}까지 노드마다 계산해 보세요.</translation>
    </message>
    <message>
        <source>◀ Backward</source>
        <translation>◀ 역전파</translation>
    </message>
    <message>
        <source>Both passes</source>
        <translation>두 단계 모두</translation>
    </message>
    <message>
        <source>Fill in every value and every gradient at once.</source>
        <translation>모든 값과 모든 기울기를 한꺼번에 채웁니다.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>처음부터</translation>
    </message>
    <message>
        <source>Clear the values and gradients (the studio&apos;s network: take its weights as they are now).</source>
        <translation>값과 기울기를 지웁니다 (스튜디오의 신경망: 지금의 가중치를 가져옵니다).</translation>
    </message>
    <message>
        <source>Next step through the graph</source>
        <translation>그래프의 다음 단계</translation>
    </message>
    <message>
        <source>The next step: forward until every value is computed, then backward (S).</source>
        <translation>다음 단계: 모든 값이 나올 때까지 순전파, 그다음 역전파 (S).</translation>
    </message>
    <message>
        <source>The studio&apos;s network has changed: press Start again to take it as it is now.</source>
        <translation>스튜디오의 신경망이 바뀌었습니다. 지금 상태를 가져오려면 ‘처음부터’를 누르세요.</translation>
    </message>
    <message>
        <source>No studio to take the network from.</source>
        <translation>신경망을 가져올 스튜디오가 없습니다.</translation>
    </message>
    <message>
        <source>The studio&apos;s network has {0} weights and biases: too many to draw. Set up lesson 1 (XOR, 2-2-1) and come back.</source>
        <translation>스튜디오의 신경망은 가중치와 편향이 {0}개라 그리기에 너무 많습니다. 1강(XOR, 2-2-1)을 설정하고 돌아오세요.</translation>
    </message>
    <message>
        <source>Every value and every gradient is shown: press Start again (or change a value) to step through once more.</source>
        <translation>모든 값과 기울기가 다 나왔습니다. 다시 따라가려면 ‘처음부터’를 누르거나 값을 바꾸세요.</translation>
    </message>
    <message>
        <source>The forward pass is done: press ◀ Backward for the gradients.</source>
        <translation>순전파가 끝났습니다. 기울기를 보려면 ‘◀ 역전파’를 누르세요.</translation>
    </message>
    <message>
        <source>The backward pass needs every value first: press Forward ▶ until {0} is computed.</source>
        <translation>역전파에는 모든 값이 먼저 필요합니다. {0} 값이 나올 때까지 ‘순전파 ▶’를 누르세요.</translation>
    </message>
    <message>
        <source>Compute the next value, one node at a time (S).</source>
        <translation>다음 값을 계산합니다. 한 번에 노드 하나씩 (S).</translation>
    </message>
    <message>
        <source>Give the next value its gradient: upstream × local = downstream (S).</source>
        <translation>다음 값의 기울기를 구합니다: 위에서 온 기울기 × 국소 미분값 = 아래로 넘길 기울기 (S).</translation>
    </message>
    <message>
        <source>{0} = the loss of this example = {1}</source>
        <translation>{0} = 이 예제의 손실 = {1}</translation>
    </message>
    <message>
        <source>upstream {0} × local {1} = downstream {2}</source>
        <translation>위에서 온 기울기 {0} × 국소 미분값 {1} = 아래로 넘길 기울기 {2}</translation>
    </message>
    <message>
        <source>The sigmoid&apos;s local derivative is σ(1 − σ) = {0} × (1 − {0}) = {1}: at most 0.25, where its input is 0.</source>
        <translation>시그모이드의 국소 미분값은 σ(1 − σ) = {0} × (1 − {0}) = {1}입니다. 입력이 0일 때 최대 0.25입니다.</translation>
    </message>
    <message>
        <source>{0} is used {1} times: the gradients of all its uses add up.</source>
        <translation>{0} 값은 {1}번 쓰입니다. 쓰인 곳마다의 기울기를 모두 더합니다.</translation>
    </message>
    <message>
        <source>Finite difference: (C(w + h) − C(w − h)) / 2h ≈ {0}</source>
        <translation>수치 미분: (C(w + h) − C(w − h)) / 2h ≈ {0}</translation>
    </message>
    <message>
        <source>Finite difference: ({0}({1} + h) − {0}({1} − h)) / 2h ≈ {2}</source>
        <translation>수치 미분: ({0}({1} + h) − {0}({1} − h)) / 2h ≈ {2}</translation>
    </message>
</context>
<context>
    <name>BoundaryGrid</name>
    <message>
        <source>Each contestant&apos;s decision boundary, live: the colour is its output over the plane (orange: class 0, blue: class 1), the dots are the training points. All started from the same boundary.</source>
        <translation>참가자마다의 결정 경계를 실시간으로 보여 줍니다. 색은 평면 위에서 그 참가자가 내는 출력이고(주황: 클래스 0, 파랑: 클래스 1), 점은 학습 점입니다. 모두 같은 경계에서 출발했습니다.</translation>
    </message>
</context>
<context>
    <name>ContestantRow</name>
    <message>
        <source>This contestant&apos;s colour in every plot and the table; click to choose another.</source>
        <translation>모든 그래프와 표에서 이 참가자를 나타내는 색입니다. 클릭하면 다른 색을 고를 수 있습니다.</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>파랑</translation>
    </message>
    <message>
        <source>vermillion</source>
        <translation>주홍</translation>
    </message>
    <message>
        <source>bluish green</source>
        <translation>청록</translation>
    </message>
    <message>
        <source>reddish purple</source>
        <translation>붉은 보라</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>주황</translation>
    </message>
    <message>
        <source>sky blue</source>
        <translation>하늘색</translation>
    </message>
    <message>
        <source>black</source>
        <translation>검정</translation>
    </message>
    <message>
        <source>indigo</source>
        <translation>남색</translation>
    </message>
    <message>
        <source>Show this contestant in the plots (it races either way).</source>
        <translation>이 참가자를 그래프에 보여 줍니다(숨겨도 경주는 계속합니다).</translation>
    </message>
    <message>
        <source>The contestant&apos;s name in the legends and the table.</source>
        <translation>범례와 표에 나오는 참가자 이름입니다.</translation>
    </message>
    <message>
        <source>Remove this contestant (the others race on).</source>
        <translation>이 참가자를 뺍니다(나머지 참가자는 경주를 이어 갑니다).</translation>
    </message>
    <message>
        <source>The optimizer; another one starts the race again, so that every contestant starts together.</source>
        <translation>옵티마이저입니다. 다른 옵티마이저로 바꾸면 모든 참가자가 함께 출발하도록 경주를 처음부터 다시 시작합니다.</translation>
    </message>
    <message>
        <source>The learning rate η; change it while the race runs and it takes effect at the next step.</source>
        <translation>학습률 η입니다. 경주 중에도 바꿀 수 있으며, 다음 스텝부터 적용됩니다.</translation>
    </message>
    <message>
        <source>More</source>
        <translation>더 보기</translation>
    </message>
    <message>
        <source>Show every further hyper-parameter of this optimizer (momentum, betas, ε, …) with torch&apos;s names.</source>
        <translation>이 옵티마이저의 나머지 하이퍼파라미터(momentum, betas, ε, …)를 모두 torch의 이름으로 보여 줍니다.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <source>Add a copy of this contestant (the same optimizer and settings: it runs exactly the same race).</source>
        <translation>이 참가자의 복사본을 추가합니다(옵티마이저와 설정이 같아서 똑같은 경주를 합니다).</translation>
    </message>
</context>
<context>
    <name>ContestantsPanel</name>
    <message>
        <source>&amp;Add contestant</source>
        <translation>참가자 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Add a contestant (Adam at 0.01; change it as you like). A race that has begun starts again, so that everyone starts together.</source>
        <translation>참가자를 추가합니다(학습률 0.01의 Adam. 원하는 대로 바꾸세요). 이미 시작한 경주는 모든 참가자가 함께 출발하도록 처음부터 다시 시작합니다.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <source>Replace the contestants by a ready-made set.</source>
        <translation>참가자들을 미리 준비된 구성으로 바꿉니다.</translation>
    </message>
    <message>
        <source>SGD, momentum, Adagrad, RMSprop and Adam: the optimizers of the lecture.</source>
        <translation>SGD, 모멘텀, Adagrad, RMSprop, Adam: 강의에 나오는 옵티마이저들입니다.</translation>
    </message>
    <message>
        <source>The first contestant, with its settings, at six learning rates from a hundredth to a thousand times the lecture&apos;s rate for its optimizer (SGD: 0.001 to 100; Adam: 0.0001 to 10): too small, about right, too large.</source>
        <translation>첫 참가자를 설정 그대로 두고, 그 옵티마이저에 대해 강의에서 쓰는 학습률의 100분의 1부터 1000배까지 여섯 학습률로 경주시킵니다(SGD: 0.001부터 100까지, Adam: 0.0001부터 10까지). 너무 작은 학습률, 알맞은 학습률, 너무 큰 학습률을 비교할 수 있습니다.</translation>
    </message>
    <message>
        <source>Adam and plain SGD at the same learning rate, 0.01.</source>
        <translation>같은 학습률 0.01의 Adam과 보통 SGD.</translation>
    </message>
    <message>
        <source>The &amp;lecture&apos;s five</source>
        <translation>강의의 다섯 가지(&amp;L)</translation>
    </message>
    <message>
        <source>Learning &amp;rates</source>
        <translation>학습률 비교(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Adam vs SGD at the same rate</source>
        <translation>같은 학습률의 Adam과 SGD(&amp;A)</translation>
    </message>
    <message>
        <source>At most {0} contestants race at once: remove one to add another.</source>
        <translation>한 번에 경주할 수 있는 참가자는 최대 {0}명입니다. 참가자를 더 넣으려면 먼저 한 명을 빼세요.</translation>
    </message>
    <message>
        <source>The race starts again: every contestant starts together.</source>
        <translation>경주를 처음부터 다시 시작합니다. 모든 참가자가 함께 출발합니다.</translation>
    </message>
    <message>
        <source>The race is over: the table keeps the settings it ran with; the new setting races when you press Race.</source>
        <translation>경주가 끝났습니다. 표는 경주한 설정 그대로 남고, 새 설정은 경주를 누르면 적용됩니다.</translation>
    </message>
    <message>
        <source>A race needs a contestant: add another before you remove this one.</source>
        <translation>경주에는 참가자가 있어야 합니다. 이 참가자를 빼기 전에 다른 참가자를 추가하세요.</translation>
    </message>
</context>
<context>
    <name>CostView</name>
    <message>
        <source>Cost and error count along one weight</source>
        <translation>가중치 하나를 따라 본 비용과 오류 개수</translation>
    </message>
    <message>
        <source>Sweep a weight of the studio&apos;s network</source>
        <translation>스튜디오 신경망의 가중치 하나 움직여 보기</translation>
    </message>
    <message>
        <source>Move one output-layer weight of the studio&apos;s network over a range and count, at each value, the cost and the misclassified test images.</source>
        <translation>스튜디오 신경망의 출력층 가중치 하나를 일정 범위에서 움직이며, 값마다 비용과 잘못 분류한 테스트 이미지 수를 셉니다.</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>오류 수</translation>
    </message>
    <message>
        <source>the weight&apos;s value</source>
        <translation>가중치 값</translation>
    </message>
    <message>
        <source>The learning slowdown: one sigmoid neuron, input 1 → output 0</source>
        <translation>학습 속도 저하: 시그모이드 뉴런 하나, 입력 1 → 출력 0</translation>
    </message>
    <message>
        <source>quadratic</source>
        <translation>이차</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <source>η:</source>
        <translation>η:</translation>
    </message>
    <message>
        <source>Train with the cost:</source>
        <translation>학습에 쓸 비용:</translation>
    </message>
    <message>
        <source>quadratic cost</source>
        <translation>이차 비용</translation>
    </message>
    <message>
        <source>output a</source>
        <translation>출력 a</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>from w = {0}, b = {1} (output {2})</source>
        <translation>w = {0}, b = {1}에서 시작 (출력 {2})</translation>
    </message>
    <message>
        <source>Train a classifier in the studio first (Set up in the studio: Nielsen&apos;s network on MNIST), then sweep one of its weights.</source>
        <translation>먼저 스튜디오에서 분류기를 학습시킨 뒤(‘스튜디오에 설정’: MNIST로 학습하는 Nielsen의 네트워크) 가중치 하나를 움직여 보세요.</translation>
    </message>
    <message>
        <source>With the {0} cost and η = {1}, the badly wrong neuron (w = 2, b = 2) does not reach output {2} in {3} epochs: it ends at {4}.</source>
        <translation>{0} 비용과 η = {1}에서 크게 틀린 뉴런(w = 2, b = 2)은 {3} 에폭 안에 출력 {2}에 이르지 못하고, {4}에서 끝납니다.</translation>
    </message>
    <message numerus="yes">
        <source>With the {0} cost and η = {1}, the badly wrong neuron (w = 2, b = 2) reaches output {2} after %n epoch(s).</source>
        <translation>
            <numerusform>{0} 비용과 η = {1}에서 크게 틀린 뉴런(w = 2, b = 2)은 %n 에폭 뒤에 출력 {2}에 이릅니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The studio&apos;s network is not a classifier with one output per class. Press Set up in the studio (Nielsen&apos;s network on MNIST) first.</source>
        <translation>스튜디오의 신경망이 클래스마다 출력이 하나인 분류기가 아닙니다. 먼저 ‘스튜디오에 설정’(MNIST로 학습하는 Nielsen의 네트워크)을 누르세요.</translation>
    </message>
    <message>
        <source>A sweep is running (see the bar): you can sweep again when it has finished.</source>
        <translation>가중치를 움직여 보는 중입니다(진행 표시줄 참고). 끝나면 다시 할 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>{0} from {1} to {2}: the error count changes in whole steps (%n jump(s), flat in between — no slope to follow); the cost changes smoothly.</source>
        <translation>
            <numerusform>{0} 값을 {1}에서 {2}까지 바꾸면: 오류 개수는 계단처럼 바뀝니다(도약 %n번, 그 사이는 평평해서 따라갈 기울기가 없습니다). 비용은 매끄럽게 바뀝니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sweeping {0} (now {1}) on {2} test images…</source>
        <translation>테스트 이미지 {2}장에서 {0} 값(지금 {1})을 움직이는 중…</translation>
    </message>
</context>
<context>
    <name>DatasetLoader</name>
    <message>
        <source>Cannot load the dataset</source>
        <translation>데이터셋을 불러올 수 없습니다</translation>
    </message>
    <message>
        <source>Unknown dataset {0}.</source>
        <translation>알 수 없는 데이터셋: {0}</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>내려받기 실패</translation>
    </message>
    <message>
        <source>My drawings not included: {0}</source>
        <translation>내 그림을 포함하지 못했습니다: {0}</translation>
    </message>
    <message>
        <source>My drawings not included: label {0} is not a class of the data.</source>
        <translation>내 그림을 포함하지 못했습니다: 레이블 {0}에 해당하는 클래스가 이 데이터에 없습니다.</translation>
    </message>
    <message>
        <source>Training on {0} Fashion-MNIST images and {1} clothes of your own.</source>
        <translation>Fashion-MNIST 이미지 {0}개와 직접 그린 옷 {1}개로 학습합니다.</translation>
    </message>
    <message>
        <source>Training on {0} MNIST digits and {1} of your own.</source>
        <translation>MNIST 숫자 {0}개와 직접 그린 숫자 {1}개로 학습합니다.</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>CSV 파일 가져오기</translation>
    </message>
    <message>
        <source>Tables: CSV, TSV, text (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>표: CSV, TSV, 텍스트 (*.csv *.tsv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Importing {0}</source>
        <translation>{0} 가져오는 중</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} 읽는 중…</translation>
    </message>
    <message>
        <source>Cannot import {0}</source>
        <translation>{0} 가져오기 실패</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <source>XOR (the 4 lecture points)</source>
        <translation>XOR (강의의 점 4개)</translation>
    </message>
    <message>
        <source>XOR cloud</source>
        <translation>XOR 구름</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>원</translation>
    </message>
    <message>
        <source>Two Gaussians</source>
        <translation>가우스 분포 두 개</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>초승달</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>나선</translation>
    </message>
    <message>
        <source>Three blobs (3 classes)</source>
        <translation>덩어리 세 개 (클래스 3개)</translation>
    </message>
    <message>
        <source>Three-arm spiral (3 classes)</source>
        <translation>세 갈래 나선 (클래스 3개)</translation>
    </message>
    <message>
        <source>Three overlapping discs (multi-label)</source>
        <translation>겹친 원판 세 개 (다중 레이블)</translation>
    </message>
    <message>
        <source>Sine (regression)</source>
        <translation>사인 곡선 (회귀)</translation>
    </message>
    <message>
        <source>MNIST digits (28×28)</source>
        <translation>MNIST 숫자 (28×28)</translation>
    </message>
    <message>
        <source>Fashion-MNIST (28×28 clothes)</source>
        <translation>Fashion-MNIST (28×28 의류)</translation>
    </message>
    <message>
        <source>{name} holds 28×28 pixels from 0 to 255: they were divided by 255, so they run from 0 to 1 as in MNIST and the drawing pad.</source>
        <translation>{name} 파일에는 0부터 255까지의 28×28 픽셀 값이 있습니다. MNIST와 그리기 패드처럼 0부터 1 사이가 되도록 255로 나누었습니다.</translation>
    </message>
</context>
<context>
    <name>DecisionBoundaryPlot</name>
    <message>
        <source>Click adds:</source>
        <translation>클릭하면 추가:</translation>
    </message>
    <message>
        <source>The class of the points you add with a left click on the plot; a right click next to a training point removes it.</source>
        <translation>그래프를 왼쪽 클릭해서 추가할 점의 클래스입니다. 학습 점 옆을 오른쪽 클릭하면 그 점을 지웁니다.</translation>
    </message>
    <message>
        <source>The network&apos;s output under the mouse pointer.</source>
        <translation>마우스 포인터 위치에서의 신경망 출력입니다.</translation>
    </message>
    <message>
        <source>x₁</source>
        <translation>x₁</translation>
    </message>
    <message>
        <source>x₂</source>
        <translation>x₂</translation>
    </message>
    <message>
        <source>Decision boundary: the colour is the network&apos;s output at each point of the plane (orange: class 0, blue: class 1); filled dots are training points, rings are test points. Left click adds a point, right click removes one.</source>
        <translation>결정 경계: 색은 평면의 각 점에서 신경망이 내는 출력입니다(주황: 클래스 0, 파랑: 클래스 1). 속이 찬 점은 학습 점, 고리는 테스트 점입니다. 왼쪽 클릭으로 점을 추가하고, 오른쪽 클릭으로 지웁니다.</translation>
    </message>
    <message>
        <source>Network output vs data: the line is the network&apos;s prediction for each x; filled dots are training points, rings are test points. A right click next to a training point removes it.</source>
        <translation>신경망 출력과 데이터: 선은 각 x에 대한 신경망의 예측입니다. 속이 찬 점은 학습 점, 고리는 테스트 점입니다. 학습 점 옆을 오른쪽 클릭하면 그 점을 지웁니다.</translation>
    </message>
    <message>
        <source>This plot is drawn for datasets with two inputs, or with one input for regression.</source>
        <translation>이 그래프는 입력이 두 개인 데이터셋이나, 입력이 하나인 회귀 데이터셋에서만 그립니다.</translation>
    </message>
    <message>
        <source>No dataset.</source>
        <translation>데이터셋이 없습니다.</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>class {0}</source>
        <translation>클래스 {0}</translation>
    </message>
    <message>
        <source>class must be 0..{0}, got {1}</source>
        <translation>클래스는 0..{0} 사이여야 합니다(받은 값: {1})</translation>
    </message>
    <message>
        <source>x = {0:.2f}</source>
        <translation>x = {0:.2f}</translation>
    </message>
    <message>
        <source>x = {0:.2f}: prediction = {1:.3g}</source>
        <translation>x = {0:.2f}: 예측 = {1:.3g}</translation>
    </message>
    <message>
        <source>({0:.2f}, {1:.2f})</source>
        <translation>({0:.2f}, {1:.2f})</translation>
    </message>
    <message>
        <source>{0}: P(class 1) = {1:.2f}</source>
        <translation>{0}: P(클래스 1) = {1:.2f}</translation>
    </message>
    <message>
        <source>{0}: output = {1:.3g}</source>
        <translation>{0}: 출력 = {1:.3g}</translation>
    </message>
    <message>
        <source>{0}: class {1} (p = {2:.2f})</source>
        <translation>{0}: 클래스 {1} (p = {2:.2f})</translation>
    </message>
</context>
<context>
    <name>DerivativesView</name>
    <message>
        <source>The step h of the quotient: drag it to the left to make it smaller.</source>
        <translation>차분의 간격 h: 왼쪽으로 끌면 작아집니다.</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>함수:</translation>
    </message>
    <message>
        <source>y (held fixed):</source>
        <translation>y (고정):</translation>
    </message>
    <message>
        <source>x:</source>
        <translation>x:</translation>
    </message>
    <message>
        <source>h:</source>
        <translation>h:</translation>
    </message>
    <message>
        <source>tangent (the derivative)</source>
        <translation>접선 (도함수)</translation>
    </message>
    <message>
        <source>through x and x + h</source>
        <translation>x와 x + h를 지나는 직선</translation>
    </message>
    <message>
        <source>quotient</source>
        <translation>차분 몫</translation>
    </message>
    <message>
        <source>derivative</source>
        <translation>도함수</translation>
    </message>
    <message>
        <source>error</source>
        <translation>오차</translation>
    </message>
    <message>
        <source>∂f/∂x = y = {0}: x moves, y is held fixed as if it were a constant.</source>
        <translation>∂f/∂x = y = {0}: x만 움직이고 y는 상수처럼 고정합니다.</translation>
    </message>
    <message>
        <source>∂f/∂y = x = {0} (finite difference {1}).</source>
        <translation>∂f/∂y = x = {0} (수치 미분 {1}).</translation>
    </message>
    <message>
        <source>The derivative is {0}, and the quotient equals it.</source>
        <translation>도함수는 {0}이고, 차분 몫도 이 값과 정확히 같습니다.</translation>
    </message>
    <message>
        <source>The derivative is {0}; the quotient is off by {1}.</source>
        <translation>도함수는 {0}이고, 차분 몫은 {1}만큼 다릅니다.</translation>
    </message>
</context>
<context>
    <name>DescentView</name>
    <message>
        <source>The learning rate η: how far each step goes.</source>
        <translation>학습률 η: 한 스텝에 얼마나 가는지.</translation>
    </message>
    <message>
        <source>too small</source>
        <translation>너무 작음</translation>
    </message>
    <message>
        <source>good</source>
        <translation>적당함</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>너무 큼</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>한 스텝</translation>
    </message>
    <message>
        <source>Put the ball back where it started (a new η does that too).</source>
        <translation>공을 처음 자리로 되돌립니다 (η를 바꿔도 그렇게 됩니다).</translation>
    </message>
    <message>
        <source>Step the ball</source>
        <translation>공 한 스텝</translation>
    </message>
    <message>
        <source>One step of the ball (S).</source>
        <translation>공을 한 스텝 움직입니다 (S).</translation>
    </message>
    <message>
        <source>Run or pause the ball</source>
        <translation>공 굴리기/일시 정지</translation>
    </message>
    <message>
        <source>Run the ball, or pause it if it runs (Space).</source>
        <translation>공을 굴리거나, 굴러가는 중이면 멈춥니다 (Space).</translation>
    </message>
    <message>
        <source>{0}  (η = {1}, measured over {2} steps from the start)</source>
        <translation>{0}  (η = {1}, 시작점에서 {2} 스텝 동안 측정)</translation>
    </message>
    <message>
        <source>The ball has flown off: press Back to the start.</source>
        <translation>공이 튕겨 나갔습니다: ‘처음 자리로’를 누르세요.</translation>
    </message>
    <message>
        <source>Step {0}: the ball has flown off (v = {1}). Choose a smaller η (the ball starts again), or press Back to the start.</source>
        <translation>스텝 {0}: 공이 튕겨 나갔습니다 (v = {1}). 더 작은 η를 고르거나(공이 다시 출발합니다) ‘처음 자리로’를 누르세요.</translation>
    </message>
    <message>
        <source>Step {0}: v = {1}, C(v) = {2}, ∇C(v) = {3}. The ball is off the plot.</source>
        <translation>스텝 {0}: v = {1}, C(v) = {2}, ∇C(v) = {3}. 공이 그래프 밖으로 나갔습니다.</translation>
    </message>
    <message>
        <source>Step {0}: v = {1}, C(v) = {2}, ∇C(v) = {3}</source>
        <translation>스텝 {0}: v = {1}, C(v) = {2}, ∇C(v) = {3}</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>처음 자리로</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>비용:</translation>
    </message>
    <message>
        <source>Learning rate η:</source>
        <translation>학습률 η:</translation>
    </message>
    <message>
        <source>The lesson&apos;s rates:</source>
        <translation>강의의 학습률:</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>One step: v → v − η∇C(v) (S).</source>
        <translation>한 스텝: v → v − η∇C(v) (S).</translation>
    </message>
    <message>
        <source>Keep stepping (four steps a second) until you press it again (Space).</source>
        <translation>다시 누를 때까지 초당 네 스텝씩 계속 갑니다 (Space).</translation>
    </message>
</context>
<context>
    <name>DigitPadWindow</name>
    <message>
        <source>Drawing pad</source>
        <translation>그리기 패드</translation>
    </message>
    <message>
        <source>Shipped MNIST model</source>
        <translation>기본 제공 MNIST 모델</translation>
    </message>
    <message>
        <source>Shipped Fashion-MNIST model</source>
        <translation>기본 제공 Fashion-MNIST 모델</translation>
    </message>
    <message>
        <source>The studio&apos;s current model</source>
        <translation>스튜디오의 현재 모델</translation>
    </message>
    <message>
        <source>A model file…</source>
        <translation>모델 파일…</translation>
    </message>
    <message>
        <source>Which network answers: the one shipped with NN Studio, the one you are training in the studio, or a saved model file</source>
        <translation>어느 신경망이 답할지 고릅니다: NN Studio에 들어 있는 것, 스튜디오에서 학습 중인 것, 또는 저장한 모델 파일</translation>
    </message>
    <message>
        <source>Open model…</source>
        <translation>모델 열기…</translation>
    </message>
    <message>
        <source>Digits 0–9 (MNIST)</source>
        <translation>숫자 0–9 (MNIST)</translation>
    </message>
    <message>
        <source>Clothing (Fashion-MNIST)</source>
        <translation>의류 (Fashion-MNIST)</translation>
    </message>
    <message>
        <source>What the 10 outputs mean; also picks the preprocessing and the test set for the mistakes gallery. Fixed while a shipped model, or the studio&apos;s network trained on MNIST or Fashion-MNIST, is in use: it was trained on one of them.</source>
        <translation>출력 10개가 뜻하는 것입니다. 전처리 방법과 오답 모음에 쓸 테스트 데이터도 이것으로 정해집니다. 기본 제공 모델이나, MNIST 또는 Fashion-MNIST로 학습하는 스튜디오의 신경망을 쓰는 동안에는 바꿀 수 없습니다(둘 중 하나로 학습한 모델이기 때문입니다).</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>클래스:</translation>
    </message>
    <message>
        <source>Pen width in canvas pixels (the canvas is 280 pixels wide). MNIST strokes are about a tenth of the digit&apos;s height.</source>
        <translation>펜 굵기(캔버스 픽셀 단위, 캔버스 너비는 280픽셀). MNIST의 획 굵기는 숫자 높이의 10분의 1쯤입니다.</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>획 취소</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Pen:</source>
        <translation>펜:</translation>
    </message>
    <message>
        <source>The class with the highest probability and that probability</source>
        <translation>확률이 가장 높은 클래스와 그 확률</translation>
    </message>
    <message>
        <source>The network&apos;s probability for each class (softmax output)</source>
        <translation>클래스마다 신경망이 내놓은 확률(softmax 출력)</translation>
    </message>
    <message>
        <source>Your drawing</source>
        <translation>그린 그림</translation>
    </message>
    <message>
        <source>Cropped to the ink</source>
        <translation>잉크 부분만 잘라 냄</translation>
    </message>
    <message>
        <source>The 280×280 canvas</source>
        <translation>280×280 캔버스</translation>
    </message>
    <message>
        <source>Cut to the bounding box of the ink</source>
        <translation>잉크를 감싸는 사각형으로 잘라 냅니다</translation>
    </message>
    <message>
        <source>Scaled down keeping the aspect ratio; each new pixel is the average of the canvas pixels it covers</source>
        <translation>가로세로 비율을 유지하며 줄입니다. 새 픽셀 하나는 그 자리를 덮는 캔버스 픽셀들의 평균입니다</translation>
    </message>
    <message>
        <source>Mistakes on the test set</source>
        <translation>테스트 데이터의 오답</translation>
    </message>
    <message>
        <source>My digits</source>
        <translation>내 숫자</translation>
    </message>
    <message>
        <source>Your own test set: label what you drew and keep it</source>
        <translation>나만의 테스트 데이터: 그린 그림에 레이블을 붙여 모아 두세요</translation>
    </message>
    <message>
        <source>Save drawing with this label</source>
        <translation>이 레이블로 그림 저장</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>Show the folder with your saved images (one subfolder per label)</source>
        <translation>저장한 이미지가 있는 폴더를 엽니다(레이블마다 하위 폴더 하나)</translation>
    </message>
    <message>
        <source>It is a:</source>
        <translation>정답:</translation>
    </message>
    <message>
        <source>Close the pad</source>
        <translation>패드 닫기</translation>
    </message>
    <message>
        <source>Cannot open the picture</source>
        <translation>그림을 열 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot open the model</source>
        <translation>모델을 열 수 없습니다</translation>
    </message>
    <message>
        <source>NN Studio models and projects (*.npz *.nnsproj);;All files (*)</source>
        <translation>NN Studio 모델과 프로젝트 (*.npz *.nnsproj);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>The shipped model could not be loaded: {0}
Choose the studio&apos;s current model or a model file above, or reinstall NN Studio to get it back (from a source checkout: python -m nnstudio.tools.train_pad_model --out {1}).</source>
        <translation>기본 제공 모델을 불러올 수 없습니다: {0}
위에서 스튜디오의 현재 모델이나 모델 파일을 고르거나, NN Studio를 다시 설치해 모델을 되살리세요(소스 체크아웃에서는 python -m nnstudio.tools.train_pad_model --out {1} 명령으로 만들 수 있습니다).</translation>
    </message>
    <message>
        <source>Store the 28×28 image as a PNG file in your data folder; the studio can include these images when it trains (Ctrl+S)</source>
        <translation>28×28 이미지를 데이터 폴더에 PNG 파일로 저장합니다. 스튜디오에서 학습할 때 이 이미지들을 포함할 수 있습니다(Ctrl+S)</translation>
    </message>
    <message>
        <source>{0}  ({1})</source>
        <translation>{0}  ({1})</translation>
    </message>
    <message>
        <source>The drawing could not be saved in {0}: {1}.

It is still on the canvas: make room on the disk, or make the folder writable, and save it again.</source>
        <translation>그림을 {0} 폴더에 저장할 수 없었습니다: {1}.

그림은 캔버스에 그대로 있습니다. 디스크에 공간을 확보하거나 폴더를 쓰기 가능하게 바꾼 뒤 다시 저장하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n saved drawing(s)? Their files are removed from {0}.</source>
        <translation>
            <numerusform>저장한 그림 %n개를 삭제할까요? 파일도 {0}에서 지워집니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} could not be read: {1}</source>
        <translation>{0} 파일을 읽을 수 없습니다: {1}</translation>
    </message>
    <message>
        <source>Draw a digit with the left mouse button (white ink on black, like MNIST). Delete or Esc clears, Ctrl+Z removes the last stroke.</source>
        <translation>마우스 왼쪽 단추로 숫자를 그리세요(MNIST처럼 검은 바탕에 흰 잉크). Delete나 Esc 키로 모두 지우고, Ctrl+Z로 마지막 획을 지웁니다.</translation>
    </message>
    <message>
        <source>Wipe the canvas (Delete, Backspace or Esc)</source>
        <translation>캔버스를 깨끗이 지웁니다(Delete, Backspace, Esc)</translation>
    </message>
    <message>
        <source>Remove the last stroke, or bring back what Clear wiped (Ctrl+Z)</source>
        <translation>마지막 획을 지우거나, 지우기로 지운 그림을 되살립니다(Ctrl+Z)</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>The class the drawing really shows: pick it here, or type its number (0–9) anywhere in the pad</source>
        <translation>그림이 실제로 나타내는 클래스입니다. 여기서 고르거나, 패드 어디에서든 그 번호(0–9)를 입력하세요</translation>
    </message>
    <message>
        <source>Close the drawing pad&apos;s window (Ctrl+W)</source>
        <translation>그리기 패드 창을 닫습니다(Ctrl+W)</translation>
    </message>
    <message>
        <source>This model does not fit the pad</source>
        <translation>이 모델은 패드에 맞지 않습니다</translation>
    </message>
    <message>
        <source>Open a model</source>
        <translation>모델 열기</translation>
    </message>
    <message>
        <source>There is no model.</source>
        <translation>모델이 없습니다.</translation>
    </message>
    <message>
        <source>This model has an input size of {0} and an output size of {1}, but the pad needs 784 inputs (a 28×28 image) and 10 outputs (one per class). Train a network on MNIST or Fashion-MNIST in the studio, or open such a model file.</source>
        <translation>이 모델은 입력 크기가 {0}, 출력 크기가 {1}이지만, 패드에는 입력 784개(28×28 이미지)와 출력 10개(클래스마다 하나)가 필요합니다. 스튜디오에서 MNIST나 Fashion-MNIST로 신경망을 학습시키거나, 그런 모델 파일을 여세요.</translation>
    </message>
    <message>
        <source>Shipped model: {0}, {1} right on the {2} test images.</source>
        <translation>기본 제공 모델: {0}, 테스트 이미지 {2}개 중 {1} 정답.</translation>
    </message>
    <message>
        <source>Shipped model.</source>
        <translation>기본 제공 모델.</translation>
    </message>
    <message>
        <source>The studio&apos;s current model (it keeps changing while it trains).</source>
        <translation>스튜디오의 현재 모델(학습하는 동안 계속 바뀝니다).</translation>
    </message>
    <message>
        <source>No model file loaded yet: press “Open model…”.</source>
        <translation>아직 불러온 모델 파일이 없습니다. “모델 열기…”를 누르세요.</translation>
    </message>
    <message>
        <source>Model file: {0}</source>
        <translation>모델 파일: {0}</translation>
    </message>
    <message>
        <source>The pad is not connected to the studio; open it from the studio&apos;s menu.</source>
        <translation>패드가 스튜디오에 연결되어 있지 않습니다. 스튜디오의 메뉴에서 여세요.</translation>
    </message>
    <message>
        <source>The studio has no model yet: build a network with 784 inputs and 10 outputs (load MNIST) and train it.</source>
        <translation>스튜디오에 아직 모델이 없습니다. 입력 784개, 출력 10개인 신경망을 만들고(MNIST 불러오기) 학습시키세요.</translation>
    </message>
    <message>
        <source>The studio&apos;s model is refused. {0}</source>
        <translation>스튜디오의 모델을 쓸 수 없습니다. {0}</translation>
    </message>
    <message>
        <source>Draw a piece of clothing with the left mouse button (white ink on black, like Fashion-MNIST). Delete or Esc clears, Ctrl+Z removes the last stroke.</source>
        <translation>마우스 왼쪽 단추로 옷을 그리세요(Fashion-MNIST처럼 검은 바탕에 흰 잉크). Delete나 Esc 키로 모두 지우고, Ctrl+Z로 마지막 획을 지웁니다.</translation>
    </message>
    <message>
        <source>Store the 28×28 image as a PNG file in your data folder, one subfolder per class: your own test set of clothing, scored by the model in use; the studio can include these images when it trains on Fashion-MNIST (Ctrl+S)</source>
        <translation>28×28 이미지를 데이터 폴더에 클래스마다 하위 폴더를 두어 PNG 파일로 저장합니다. 지금 쓰는 모델이 채점하는 나만의 옷 테스트 세트가 되고, 스튜디오가 Fashion-MNIST로 학습할 때 이 이미지들도 함께 쓸 수 있습니다(Ctrl+S)</translation>
    </message>
    <message>
        <source>My drawings</source>
        <translation>내 그림</translation>
    </message>
    <message>
        <source>Longer side 28 px</source>
        <translation>긴 변 28 px</translation>
    </message>
    <message>
        <source>28×28, box in the middle</source>
        <translation>28×28, 상자를 가운데에</translation>
    </message>
    <message>
        <source>Placed in the middle of a 28×28 image, as Fashion-MNIST was made: what the network receives</source>
        <translation>Fashion-MNIST를 만든 방식대로 28×28 이미지 가운데에 놓습니다: 신경망이 받는 입력</translation>
    </message>
    <message>
        <source>Longer side 20 px</source>
        <translation>긴 변 20 px</translation>
    </message>
    <message>
        <source>28×28, centre of mass in the middle</source>
        <translation>28×28, 무게중심을 가운데에</translation>
    </message>
    <message>
        <source>Placed in a 28×28 image so that the centre of mass of the ink is in the middle, as MNIST was made: exactly what the network receives (784 inputs)</source>
        <translation>MNIST를 만든 방식대로 잉크의 무게중심이 가운데 오도록 28×28 이미지에 놓습니다: 신경망이 받는 입력 그대로(입력 784개)</translation>
    </message>
    <message>
        <source>{0} px</source>
        <translation>{0} px</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>숫자를 그리세요</translation>
    </message>
    <message>
        <source>Draw a piece of clothing</source>
        <translation>옷을 하나 그리세요</translation>
    </message>
    <message>
        <source>Too small: draw it larger</source>
        <translation>너무 작습니다. 더 크게 그리세요</translation>
    </message>
    <message>
        <source>No usable model</source>
        <translation>쓸 수 있는 모델 없음</translation>
    </message>
    <message>
        <source>NaN: training diverged. Reset the weights.</source>
        <translation>NaN: 학습이 발산했습니다. 가중치를 초기화하세요.</translation>
    </message>
    <message>
        <source>Say first what the drawing shows: type its number (0–9), or pick it under “It is a”.</source>
        <translation>먼저 그림이 무엇인지 알려 주세요. 번호(0–9)를 입력하거나 “정답”에서 고르세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be read and are in the list below with a warning sign (point at one to see why): select them and press Delete to delete them.</source>
        <translation>
            <numerusform>읽을 수 없는 파일 %n개가 아래 목록에 경고 표시와 함께 있습니다. 표시를 가리키면 이유가 보입니다. 파일을 고르고 Delete 키를 누르면 삭제됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The canvas is clear for the next drawing; Ctrl+Z brings it back.</source>
        <translation>다음 그림을 그릴 수 있게 캔버스를 비웠습니다. Ctrl+Z로 방금 그림을 되살릴 수 있습니다.</translation>
    </message>
    <message>
        <source>This model gets {0} of {1} right: {2}.</source>
        <translation>이 모델은 {1}개 중 {0}개를 맞힙니다: {2}.</translation>
    </message>
    <message>
        <source>Cannot save the drawing</source>
        <translation>그림을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Load a model file saved by NN Studio (.npz), or the network of a project saved in the studio (.nnsproj)</source>
        <translation>NN Studio로 저장한 모델 파일(.npz)이나 스튜디오에서 저장한 프로젝트(.nnsproj)의 신경망을 불러옵니다</translation>
    </message>
    <message>
        <source>Delete drawings</source>
        <translation>그림 삭제</translation>
    </message>
    <message>
        <source>Cannot delete the drawing</source>
        <translation>그림을 삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>Saved as {0}.</source>
        <translation>저장했습니다: {0}</translation>
    </message>
    <message>
        <source>No saved drawings yet in {0}.</source>
        <translation>{0}에 저장한 그림이 아직 없습니다.</translation>
    </message>
    <message>
        <source>Saved drawings: {0} ({1}).</source>
        <translation>저장한 그림: {0}개 ({1}).</translation>
    </message>
</context>
<context>
    <name>DownloadDialog</name>
    <message>
        <source>Downloading {0}</source>
        <translation>{0} 내려받는 중</translation>
    </message>
    <message>
        <source>Downloading {0}…</source>
        <translation>{0} 내려받는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>{0} is there already; its checksum is verified.</source>
        <translation>{0} 파일은 이미 있으며 체크섬을 확인했습니다.</translation>
    </message>
    <message>
        <source>{0}: the four files are downloaded and their checksums verified.</source>
        <translation>{0}: 네 파일을 내려받았고 체크섬을 확인했습니다.</translation>
    </message>
    <message>
        <source>{0}: the four files were there already and their checksums are verified; nothing was downloaded.</source>
        <translation>{0}: 네 파일이 이미 있었고 체크섬을 확인했습니다. 아무것도 내려받지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n file(s) downloaded; the others were there already. The checksums of all four are verified.</source>
        <translation>
            <numerusform>{0}: 파일 %n개를 내려받았습니다. 나머지 파일은 이미 있었습니다. 네 파일 모두 체크섬을 확인했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Training stopped: there is not enough memory for this network. Make it smaller (fewer or narrower layers) or lower the batch size.</source>
        <translation>학습을 멈췄습니다: 이 신경망에 쓸 메모리가 부족합니다. 신경망을 줄이거나(층의 수나 너비를 줄이기) 배치 크기를 낮추세요.</translation>
    </message>
    <message>
        <source>Training failed: {reason}</source>
        <translation>학습 실패: {reason}</translation>
    </message>
    <message>
        <source>NaN</source>
        <translation>NaN</translation>
    </message>
    <message>
        <source>infinite</source>
        <translation>무한대</translation>
    </message>
    <message>
        <source>The loss became {value} at step {step}</source>
        <translation>스텝 {step}에서 손실이 {value} 값이 되었습니다</translation>
    </message>
    <message>
        <source>The loss became {loss} at step {step}, more than {factor} times its start ({start})</source>
        <translation>스텝 {step}에서 손실이 처음 값 {start}의 {factor}배를 넘는 {loss}에 이르렀습니다</translation>
    </message>
    <message>
        <source>A weight reached {weight} at step {step}</source>
        <translation>스텝 {step}에서 가중치 하나가 {weight}에 이르렀습니다</translation>
    </message>
    <message>
        <source>{what}: training diverged. Try a smaller learning rate.</source>
        <translation>{what}. 학습이 발산했습니다. 학습률을 낮춰 보세요.</translation>
    </message>
    <message>
        <source>{what}: training diverged. Try a smaller learning rate than {lr}, e.g. {smaller}.</source>
        <translation>{what}. 학습이 발산했습니다. {lr}보다 작은 학습률(예: {smaller})을 써 보세요.</translation>
    </message>
    <message>
        <source>{name} must be a number &gt; 0 (got {value}); use math.inf to switch the check off</source>
        <translation>{name} 값은 0보다 큰 수여야 합니다(받은 값: {value}). 검사를 끄려면 math.inf를 쓰세요</translation>
    </message>
    <message>
        <source>loss_factor must be &gt; 1 (got {value})</source>
        <translation>loss_factor는 1보다 커야 합니다(받은 값: {value})</translation>
    </message>
    <message>
        <source>{text} is not an amount of memory; write e.g. 8G, 512M or a number of bytes</source>
        <translation>{text} 값은 메모리 양이 아닙니다. 8G, 512M이나 바이트 수처럼 쓰세요</translation>
    </message>
    <message>
        <source>{text} is not a positive amount of memory</source>
        <translation>{text} 값은 양수인 메모리 양이 아닙니다</translation>
    </message>
    <message>
        <source>the memory limit must be a positive number of bytes, not {nbytes}</source>
        <translation>메모리 한도는 양수인 바이트 수여야 합니다(받은 값: {nbytes})</translation>
    </message>
    <message>
        <source>This network needs about {needed} of memory ({parameters} weights with their gradients and optimizer state: {weights}), more than the limit of {limit}. Use fewer or smaller layers.</source>
        <translation>이 신경망에는 메모리가 약 {needed} 필요합니다(가중치 {parameters}개와 그 기울기·옵티마이저 상태: {weights}). 한도({limit})를 넘습니다. 층의 수나 크기를 줄이세요.</translation>
    </message>
    <message>
        <source>This network needs about {needed} of memory ({parameters} weights: {weights} with their gradients and optimizer state; {activations} for a batch of {batch}), more than the limit of {limit}. Use fewer or smaller layers or a smaller batch.</source>
        <translation>이 신경망에는 메모리가 약 {needed} 필요합니다(가중치 {parameters}개와 그 기울기·옵티마이저 상태: {weights}, 배치 {batch}개의 활성값: {activations}). 한도({limit})를 넘습니다. 층의 수나 크기, 또는 배치 크기를 줄이세요.</translation>
    </message>
    <message>
        <source>the model does not know its input size yet</source>
        <translation>모델이 아직 입력 크기를 모릅니다</translation>
    </message>
    <message>
        <source>layer sizes must be positive whole numbers, not {s}</source>
        <translation>층 크기는 양의 정수여야 합니다(받은 값: {s})</translation>
    </message>
    <message>
        <source>the batch size must be a whole number &gt;= 0, not {batch_size}</source>
        <translation>배치 크기는 0 이상의 정수여야 합니다(받은 값: {batch_size})</translation>
    </message>
    <message numerus="yes">
        <source>Training %n network(s) at once (about {each} each) would need about {needed} of memory, more than the limit of {limit}: choose fewer contestants or seeds, a smaller network or a smaller batch.</source>
        <translation>
            <numerusform>신경망 %n개를 한꺼번에 학습하려면(각각 약 {each}) 메모리가 약 {needed} 필요합니다. 한도 {limit}보다 많습니다. 참가자나 시드를 줄이거나, 더 작은 신경망이나 더 작은 배치를 고르세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} must be a number, got {value}</source>
        <translation>{name} 설정에는 수를 써야 합니다(받은 값: {value})</translation>
    </message>
    <message>
        <source>{name} must be a finite number &gt;= {low}, got {value}</source>
        <translation>{name} 설정은 {low} 이상의 유한한 수여야 합니다(받은 값: {value})</translation>
    </message>
    <message>
        <source>{name} must be &gt;= {low}, got {value}</source>
        <translation>{name} 설정은 {low} 이상이어야 합니다(받은 값: {value})</translation>
    </message>
    <message>
        <source>{name} must be in [{low}, {high}{bracket}, got {value}</source>
        <translation>{name} 설정은 [{low}, {high}{bracket} 범위여야 합니다(받은 값: {value})</translation>
    </message>
    <message>
        <source>{name} must be True or False, got {value}</source>
        <translation>{name} 설정은 True나 False여야 합니다(받은 값: {value})</translation>
    </message>
    <message>
        <source>betas must be a pair (beta1, beta2), got {value}</source>
        <translation>betas 설정에는 beta1과 beta2, 두 수를 써야 합니다(받은 값: {value})</translation>
    </message>
    <message>
        <source>give the learning rate once: lr={lr} and learning_rate={learning_rate} disagree</source>
        <translation>학습률은 한 번만 주세요. 두 값이 서로 다릅니다: lr={lr}, learning_rate={learning_rate}</translation>
    </message>
    <message>
        <source>{cls}() uses PyTorch&apos;s argument names: write betas=(beta_1, beta_2) instead of {name}=...</source>
        <translation>{cls}()의 인자 이름은 PyTorch를 따릅니다. {name}=... 대신 betas=(beta_1, beta_2) 형식으로 쓰세요</translation>
    </message>
    <message>
        <source>{cls}() uses PyTorch&apos;s argument names: write eps=... instead of epsilon=...; PyTorch adds it at another place than Keras (see &apos;Where epsilon goes&apos; in docs/engine.md)</source>
        <translation>{cls}()의 인자 이름은 PyTorch를 따릅니다. epsilon=... 대신 eps=... 형식으로 쓰세요. PyTorch는 Keras와 다른 자리에 이 값을 더합니다(docs/engine.md의 ‘Where epsilon goes’ 참고)</translation>
    </message>
    <message>
        <source>{cls}() uses PyTorch&apos;s argument names: write alpha=... instead of rho=... (the decay rate of the squared-gradient average)</source>
        <translation>{cls}()의 인자 이름은 PyTorch를 따릅니다. rho=... 대신 alpha=... 형식으로 쓰세요(기울기 제곱 평균의 감쇠율)</translation>
    </message>
    <message>
        <source>{cls}() has no {name}= (gradient clipping is not supported)</source>
        <translation>{cls}()에는 {name}= 설정이 없습니다(기울기 클리핑은 지원하지 않습니다)</translation>
    </message>
    <message>
        <source>{cls}() has no setting {name}=; its settings are {settings}</source>
        <translation>{cls}()에는 {name}= 설정이 없습니다. 쓸 수 있는 설정: {settings}</translation>
    </message>
    <message>
        <source>got {n_params} parameters but {n_grads} gradients</source>
        <translation>매개변수는 {n_params}개인데 기울기는 {n_grads}개입니다</translation>
    </message>
    <message>
        <source>this optimizer holds state for parameters {held} but was given {given}; call reset() before using it for other weights</source>
        <translation>이 옵티마이저의 상태는 매개변수 {held}에 맞는데 {given} 매개변수를 받았습니다. 다른 가중치에 쓰기 전에 reset()을 호출하세요</translation>
    </message>
    <message>
        <source>optimizer state has no &apos;iterations&apos; entry</source>
        <translation>옵티마이저 상태에 &apos;iterations&apos; 항목이 없습니다</translation>
    </message>
    <message>
        <source>optimizer state &apos;iterations&apos; must be an integer &gt;= 0, got {iterations}</source>
        <translation>옵티마이저 상태의 &apos;iterations&apos;는 0 이상의 정수여야 합니다(받은 값: {iterations})</translation>
    </message>
    <message>
        <source>optimizer state key {key} is not of the form &apos;&lt;slot&gt;.&lt;index&gt;&apos;</source>
        <translation>옵티마이저 상태의 키 {key}의 형식이 &apos;&lt;slot&gt;.&lt;index&gt;&apos;가 아닙니다</translation>
    </message>
    <message>
        <source>this is {name}; another optimizer starts with empty state: build it instead</source>
        <translation>이 옵티마이저는 {name}입니다. 다른 옵티마이저는 빈 상태로 시작하므로 새로 만드세요</translation>
    </message>
    <message>
        <source>optimizer state holds {slots} but {optimizer} needs {expected}; was it saved with other settings?</source>
        <translation>옵티마이저 상태에는 {slots} 항목이 있지만 {optimizer}에는 {expected} 항목이 필요합니다. 다른 설정으로 저장한 것인지 확인하세요.</translation>
    </message>
    <message>
        <source>optimizer state &apos;{slot_name}&apos; has entries {given} but the model has {count} parameters</source>
        <translation>옵티마이저 상태 &apos;{slot_name}&apos;의 항목은 {given}인데 모델의 매개변수는 {count}개입니다</translation>
    </message>
    <message>
        <source>optimizer state &apos;{slot_name}.{i}&apos; has shape {state_shape}, parameter {i} has shape {param_shape}</source>
        <translation>옵티마이저 상태 &apos;{slot_name}.{i}&apos;의 모양은 {state_shape}인데 매개변수 {i}의 모양은 {param_shape}입니다</translation>
    </message>
    <message>
        <source>optimizer state &apos;{slot_name}.{i}&apos; holds {state_dtype} values, not numbers for {param_dtype} parameters</source>
        <translation>옵티마이저 상태 &apos;{slot_name}.{i}&apos;에는 {param_dtype} 매개변수에 맞는 수가 아니라 {state_dtype} 값이 들어 있습니다</translation>
    </message>
    <message>
        <source>an optimizer config needs a &apos;name&apos; entry, one of {choices}, e.g. {{&apos;name&apos;: &apos;adam&apos;, &apos;lr&apos;: 0.001}}</source>
        <translation>옵티마이저 설정에는 &apos;name&apos; 항목({choices} 중 하나)이 있어야 합니다. 예: {{&apos;name&apos;: &apos;adam&apos;, &apos;lr&apos;: 0.001}}</translation>
    </message>
    <message>
        <source>an optimizer is a name such as &apos;adam&apos;, a config dict or an Optimizer, got {kind}</source>
        <translation>옵티마이저는 &apos;adam&apos; 같은 이름, 설정 dict, Optimizer 중 하나로 주세요(받은 형식: {kind})</translation>
    </message>
    <message>
        <source>nesterov=True requires momentum &gt; 0 and dampening == 0, got momentum={momentum}, dampening={dampening}</source>
        <translation>nesterov=True에는 momentum &gt; 0, dampening == 0이 필요합니다(지금: momentum={momentum}, dampening={dampening}).</translation>
    </message>
    <message>
        <source>bad optimizer config for {name}: {reason}</source>
        <translation>{name} 옵티마이저 설정이 잘못되었습니다: {reason}</translation>
    </message>
    <message>
        <source>{where}: a layer needs at least 1 neuron (got {units}).</source>
        <translation>{where}: 층에는 뉴런이 1개 이상 있어야 합니다(받은 값: {units}).</translation>
    </message>
    <message>
        <source>{where}: unknown activation {name}; choose one of {choices}.</source>
        <translation>{where}: 알 수 없는 활성화 함수 {name}. 다음 중에서 고르세요: {choices}.</translation>
    </message>
    <message>
        <source>{where}: unknown initializer {name}; choose one of {choices}.</source>
        <translation>{where}: 알 수 없는 초기화 방법 {name}. 다음 중에서 고르세요: {choices}.</translation>
    </message>
    <message>
        <source>{where}: L1 and L2 strengths must be numbers &gt;= 0 (got {value}).</source>
        <translation>{where}: L1, L2 세기는 0 이상의 수여야 합니다(받은 값: {value}).</translation>
    </message>
    <message>
        <source>{where}: the dropout rate must be in [0, 1) (got {rate}).</source>
        <translation>{where}: 드롭아웃 비율은 [0, 1) 범위여야 합니다(받은 값: {rate}).</translation>
    </message>
    <message>
        <source>Unknown problem type {name}; choose one of {choices}.</source>
        <translation>알 수 없는 문제 유형 {name}. 다음 중에서 고르세요: {choices}.</translation>
    </message>
    <message>
        <source>The input layer needs at least 1 feature (got {n}).</source>
        <translation>입력층에는 특성이 1개 이상 있어야 합니다(받은 값: {n}).</translation>
    </message>
    <message>
        <source>{where}: softmax belongs in the output layer of a multi-class network, not in a hidden layer; choose e.g. relu, tanh or sigmoid.</source>
        <translation>{where}: softmax는 다중 클래스 신경망의 출력층에 쓰는 것이지 은닉층에 쓰는 것이 아닙니다. relu, tanh, sigmoid 등을 고르세요.</translation>
    </message>
    <message>
        <source>No dropout after the output layer: it would drop the predictions; set it to 0.</source>
        <translation>출력층 뒤에는 드롭아웃을 둘 수 없습니다. 예측값을 버리게 되니 0으로 두세요.</translation>
    </message>
    <message>
        <source>Unknown loss {name}; choose one of {choices}.</source>
        <translation>알 수 없는 손실 함수 {name}. 다음 중에서 고르세요: {choices}.</translation>
    </message>
    <message>
        <source>Softmax needs multi-class: choose the multi-class problem type first.</source>
        <translation>softmax는 다중 클래스 분류에서만 씁니다. 먼저 문제 유형을 다중 클래스 분류로 고르세요.</translation>
    </message>
    <message>
        <source>Categorical cross-entropy needs one softmax output per class, and this binary network has one sigmoid output: for two classes use binary_crossentropy with one sigmoid output, or two softmax outputs (the multi-class problem type).</source>
        <translation>범주형 교차 엔트로피에는 클래스마다 softmax 출력이 하나씩 필요한데, 이 이진 분류 신경망의 출력은 sigmoid 하나입니다. 두 클래스라면 sigmoid 출력 하나와 binary_crossentropy를 쓰거나, softmax 출력 두 개(문제 유형: 다중 클래스 분류)를 쓰세요.</translation>
    </message>
    <message>
        <source>Categorical cross-entropy needs one softmax output per class (the multi-class problem type); for this network choose one of {choices}.</source>
        <translation>범주형 교차 엔트로피에는 클래스마다 softmax 출력이 하나씩 필요합니다(문제 유형: 다중 클래스 분류). 이 신경망에는 다음 중 하나를 고르세요: {choices}.</translation>
    </message>
    <message>
        <source>Binary cross-entropy needs sigmoid outputs (probabilities in 0..1); choose regression for other output activations.</source>
        <translation>이진 교차 엔트로피에는 sigmoid 출력(0..1 사이의 확률)이 필요합니다. 다른 출력 활성화 함수를 쓰려면 회귀를 고르세요.</translation>
    </message>
    <message>
        <source>At most {n} hidden layers: deeper networks would not train visibly here.</source>
        <translation>은닉층은 {n}개까지입니다. 더 깊은 신경망은 여기서 학습 과정이 잘 보이지 않습니다.</translation>
    </message>
    <message>
        <source>{where}: at most {n} neurons per layer (got {units}).</source>
        <translation>{where}: 한 층의 뉴런은 {n}개까지입니다(받은 값: {units}).</translation>
    </message>
    <message>
        <source>expected a mapping, got {kind}</source>
        <translation>매핑(dict)이 필요합니다(받은 형식: {kind})</translation>
    </message>
    <message>
        <source>&apos;hidden&apos; must be a list of layers, got {kind}</source>
        <translation>&apos;hidden&apos; 항목은 층의 목록이어야 합니다(받은 형식: {kind})</translation>
    </message>
    <message>
        <source>every layer must be a mapping of its settings</source>
        <translation>각 층은 설정의 매핑(dict)이어야 합니다</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <source>Malformed network description: {reason}</source>
        <translation>네트워크 설명의 형식이 잘못되었습니다: {reason}</translation>
    </message>
    <message>
        <source>An ONNX model needs a file name ending in .onnx (got {name}).</source>
        <translation>ONNX 모델의 파일 이름은 .onnx로 끝나야 합니다(받은 이름: {name}).</translation>
    </message>
    <message>
        <source>Saving an ONNX model needs the onnx package: install it with pip install &apos;nnstudio[export]&apos; (or pip install onnx).</source>
        <translation>ONNX 모델을 저장하려면 onnx 패키지가 필요합니다. pip install &apos;nnstudio[export]&apos;(또는 pip install onnx)로 설치하세요.</translation>
    </message>
    <message>
        <source>Unknown language {name} for the script&apos;s comments; choose one of {choices}.</source>
        <translation>스크립트 주석에 쓸 수 없는 언어: {name}. 다음 중에서 고르세요: {choices}.</translation>
    </message>
    <message>
        <source>A PyTorch script needs a file name ending in .py (got {name}).</source>
        <translation>PyTorch 스크립트의 파일 이름은 .py로 끝나야 합니다(받은 이름: {name}).</translation>
    </message>
    <message>
        <source>The network has no loss and optimizer yet, which the script&apos;s training part needs: compile it first (model.compile(optimizer=..., loss=...)).</source>
        <translation>신경망에 아직 손실 함수와 옵티마이저가 없어 스크립트의 학습 부분을 만들 수 없습니다. 먼저 compile하세요(model.compile(optimizer=..., loss=...)).</translation>
    </message>
    <message>
        <source>The export would overwrite {name}, the file it exports: choose another name for the script.</source>
        <translation>이대로 내보내면 내보낼 원본 파일({name})을 덮어씁니다. 스크립트 이름을 다르게 정하세요.</translation>
    </message>
    <message>
        <source>Cannot write {name}: the folder {folder} does not exist.</source>
        <translation>{name} 파일을 쓸 수 없습니다. 폴더가 없습니다: {folder}.</translation>
    </message>
    <message>
        <source>Cannot write to {name}: it is a folder; give a file name.</source>
        <translation>{name}에 쓸 수 없습니다. 폴더이므로 파일 이름을 주세요.</translation>
    </message>
    <message>
        <source>Cannot write {name}: {reason}.</source>
        <translation>{name} 파일을 쓸 수 없습니다({reason}).</translation>
    </message>
    <message>
        <source>A project holds the data it was trained on: leave out the data set ({name}), which is for model files (.npz).</source>
        <translation>프로젝트에는 학습에 쓴 데이터가 들어 있습니다. 데이터셋({name})은 모델 파일(.npz)에만 쓰므로 빼 주세요.</translation>
    </message>
    <message>
        <source>Cannot export {what}: give a model, a project, or the path of a model file (.npz) or project file (.nnsproj).</source>
        <translation>내보낼 수 없습니다: {what}. 모델, 프로젝트, 또는 모델 파일(.npz)이나 프로젝트 파일(.nnsproj)의 경로를 주세요.</translation>
    </message>
    <message>
        <source>The network has no weights yet (its input size is unknown): train it or give its first layer input_dim before exporting.</source>
        <translation>신경망이 아직 입력 크기를 몰라 가중치가 없습니다. 내보내기 전에 학습시키거나 첫 층에 input_dim을 주세요.</translation>
    </message>
    <message>
        <source>The weights are not all finite numbers (training diverged): reset the weights or train again with a smaller learning rate, then export.</source>
        <translation>학습이 발산해서 가중치 중에 유한하지 않은 값이 있습니다. 가중치를 초기화하거나 더 작은 학습률로 다시 학습시킨 뒤 내보내세요.</translation>
    </message>
    <message>
        <source>The batch size must be a whole number &gt;= 1 (got {value}).</source>
        <translation>배치 크기는 1 이상의 정수여야 합니다(받은 값: {value}).</translation>
    </message>
    <message>
        <source>The number of features of the data set {name} ({features}) is not the network&apos;s input size ({inputs}): choose the data set it was trained on.</source>
        <translation>데이터셋 {name}의 특성은 {features}개인데 신경망의 입력은 {inputs}개입니다. 신경망을 학습시킨 데이터셋을 고르세요.</translation>
    </message>
    <message>
        <source>The project&apos;s training settings are invalid ({reason}): open it in NN Studio, fix them and save it again.</source>
        <translation>프로젝트의 학습 설정이 올바르지 않습니다({reason}). NN Studio에서 열어 고친 뒤 다시 저장하세요.</translation>
    </message>
    <message>
        <source>Unknown data set {name}; choose mnist, fashion, one of {choices}, or give a .csv file.</source>
        <translation>알 수 없는 데이터셋 {name}. mnist, fashion, {choices} 중 하나를 고르거나 .csv 파일을 주세요.</translation>
    </message>
    <message>
        <source>There is no network or dataset to train yet.</source>
        <translation>아직 학습할 신경망이나 데이터셋이 없습니다.</translation>
    </message>
    <message>
        <source>{what}: training diverged. Press Reset weights to start again with the learning rate {lr}.</source>
        <translation>{what}. 학습이 발산했습니다. 학습률 {lr}에서 다시 시작하려면 가중치 초기화를 누르세요.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n epoch(s), the limit set in the training settings.</source>
        <translation>
            <numerusform>학습 설정의 한도인 %n 에폭이 지나 멈췄습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped early: the test loss has not improved for %n epoch(s) (best {best} after epoch {at}).</source>
        <translation>
            <numerusform>조기 종료: 테스트 손실이 %n 에폭 동안 나아지지 않았습니다(최저 {best}, 에폭 {at} 뒤).</numerusform>
        </translation>
    </message>
    <message>
        <source>{what}: training diverged. Lower the learning rate (now {lr}) and press Reset weights to start again.</source>
        <translation>{what}. 학습이 발산했습니다. 학습률(지금 {lr})을 낮추고 가중치 초기화를 눌러 다시 시작하세요.</translation>
    </message>
    <message>
        <source>The saved state of the optimizer does not fit the network or the optimizer ({reason}).</source>
        <translation>저장된 옵티마이저 상태가 네트워크나 옵티마이저와 맞지 않습니다 ({reason}).</translation>
    </message>
    <message>
        <source>The network&apos;s input size ({inputs}) is not the data&apos;s number of features ({features}).</source>
        <translation>신경망의 입력은 {inputs}개인데 데이터의 특성은 {features}개입니다.</translation>
    </message>
    <message numerus="yes">
        <source>The network&apos;s output layer (%n unit(s), {problem}) does not fit the data.</source>
        <translation>
            <numerusform>신경망의 출력층(유닛 %n개, {problem})이 데이터에 맞지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown data set {name}; choose one of {choices}.</source>
        <translation>알 수 없는 데이터셋 {name}. 다음 중에서 고르세요: {choices}.</translation>
    </message>
    <message>
        <source>Unknown race mode {name}; choose one of {choices}.</source>
        <translation>알 수 없는 경주 방식 {name}. 다음 중에서 고르세요: {choices}.</translation>
    </message>
    <message>
        <source>Unknown comparison {name}; choose one of {choices}.</source>
        <translation>알 수 없는 비교 방식 {name}. 다음 중에서 고르세요: {choices}.</translation>
    </message>
    <message>
        <source>{value} is not a whole number from {low} to {high}.</source>
        <translation>{value}: {low}부터 {high}까지의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>The target loss must be a number &gt; 0 (got {value}).</source>
        <translation>목표 손실은 0보다 큰 수여야 합니다(받은 값: {value}).</translation>
    </message>
    <message>
        <source>At most {n} contestants race at once: remove one first.</source>
        <translation>한 번에 경주할 수 있는 참가자는 최대 {n}명입니다. 먼저 참가자 한 명을 빼세요.</translation>
    </message>
    <message>
        <source>A contestant needs a name.</source>
        <translation>참가자에게는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Unknown preset {name}; choose one of {choices}.</source>
        <translation>알 수 없는 프리셋 {name}. 다음 중에서 고르세요: {choices}.</translation>
    </message>
    <message>
        <source>Give 1 to {n} contestants.</source>
        <translation>참가자를 1명부터 {n}명까지 주세요.</translation>
    </message>
    <message>
        <source>The race has run {steps} steps: a length of at least {steps}, or Restart (R) first to race fewer steps.</source>
        <translation>경주가 이미 {steps} 스텝을 달렸습니다. 길이를 {steps} 이상으로 하거나, 더 짧게 경주하려면 먼저 ‘다시 시작’(R)을 누르세요.</translation>
    </message>
    <message>
        <source>Unknown surface {name}; choose one of {choices}.</source>
        <translation>알 수 없는 곡면 {name}. 다음 중에서 고르세요: {choices}.</translation>
    </message>
    <message>
        <source>The gradient noise is a standard deviation: a number &gt;= 0 (got {value}).</source>
        <translation>기울기 노이즈는 표준편차이므로 0 이상의 수여야 합니다(받은 값: {value}).</translation>
    </message>
    <message>
        <source>The bowl&apos;s condition number must be &gt;= 1 (got {value}).</source>
        <translation>그릇의 조건수는 1 이상이어야 합니다(받은 값: {value}).</translation>
    </message>
    <message>
        <source>There is nobody to race: add a contestant.</source>
        <translation>경주할 참가자가 없습니다. 참가자를 추가하세요.</translation>
    </message>
    <message>
        <source>The surface race is computed at once; choose the network race or many seeds to train.</source>
        <translation>곡면 경주는 한 번에 계산됩니다. 학습시키려면 신경망 경주나 여러 시드를 고르세요.</translation>
    </message>
    <message>
        <source>The race is over: press Restart to race again.</source>
        <translation>경주가 끝났습니다. 다시 경주하려면 ‘다시 시작’을 누르세요.</translation>
    </message>
    <message numerus="yes">
        <source>This sweep would need about {needed} of memory, more than the limit of {limit}: it trains %n network(s) at once and keeps each one&apos;s loss and accuracy at every step. Choose fewer seeds, fewer contestants, fewer steps or a smaller batch.</source>
        <translation>
            <numerusform>이 스윕에는 메모리가 약 {needed} 필요해 한도 {limit}보다 많습니다. 신경망 %n개를 한꺼번에 학습하고 각각의 손실과 정확도를 스텝마다 모두 기록하기 때문입니다. 시드, 참가자, 스텝 수를 줄이거나 더 작은 배치를 고르세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>An optimizer needs a name, one of {choices}.</source>
        <translation>옵티마이저에는 이름이 필요합니다. 다음 중 하나를 고르세요: {choices}.</translation>
    </message>
    <message>
        <source>These optimizer settings are not possible: {reason}</source>
        <translation>이 옵티마이저 설정은 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>to_mnist needs real grey levels; got complex numbers (take .real or abs() first).</source>
        <extracomment>A pixel counts as ink when its intensity (after scaling to [0, 1]) exceeds this (about 5/255). Images in My digits are refused beyond these, from their header, before anything is unpacked: a digit needs no more, and decoding larger images here (in Python) would take seconds.</extracomment>
        <translation>to_mnist에는 실수 회색 값이 필요한데 복소수를 받았습니다(먼저 .real이나 abs()를 쓰세요).</translation>
    </message>
    <message>
        <source>to_mnist needs an array of numbers (grey levels); got {what}.</source>
        <translation>to_mnist에는 수(회색 값)로 된 배열이 필요합니다(받은 값: {what}).</translation>
    </message>
    <message>
        <source>to_mnist needs a 2-D greyscale image (height, width); got an array of shape {shape}. Convert colour images to grey first.</source>
        <translation>to_mnist에는 2차원 회색조 이미지 (높이, 너비)가 필요합니다(받은 배열의 모양: {shape}). 컬러 이미지는 먼저 회색조로 바꾸세요.</translation>
    </message>
    <message>
        <source>to_mnist got an empty image (a side of length 0).</source>
        <translation>to_mnist가 빈 이미지(길이 0인 변)를 받았습니다.</translation>
    </message>
    <message>
        <source>to_mnist got NaN or infinite pixel values; the canvas must hold finite grey levels.</source>
        <translation>to_mnist가 NaN이나 무한대 픽셀 값을 받았습니다. 캔버스에는 유한한 회색 값만 있어야 합니다.</translation>
    </message>
    <message>
        <source>the centre of mass of a blank image is undefined</source>
        <translation>빈 이미지에는 무게중심이 없습니다</translation>
    </message>
    <message>
        <source>centre must be &apos;mass&apos; or &apos;box&apos;, not {centre}</source>
        <translation>centre는 &apos;mass&apos;나 &apos;box&apos;여야 합니다(받은 값: {centre})</translation>
    </message>
    <message>
        <source>box must be between 1 and size={size} pixels, not {box}</source>
        <translation>box는 1에서 size={size} 픽셀 사이여야 합니다(받은 값: {box})</translation>
    </message>
    <message>
        <source>write_png needs a 2-D greyscale image, got shape {shape}</source>
        <translation>write_png에는 2차원 회색조 이미지가 필요합니다(받은 모양: {shape})</translation>
    </message>
    <message>
        <source>unknown PNG filter type {type} in row {row}</source>
        <translation>행 {row}에 알 수 없는 PNG 필터 유형({type})이 있습니다</translation>
    </message>
    <message>
        <source>{file}: the image is empty ({width}×{height} pixels)</source>
        <translation>{file}: 이미지가 비어 있습니다({width}×{height} 픽셀)</translation>
    </message>
    <message>
        <source>{file}: the image is {width}×{height} pixels; My digits takes images of at most {side}×{side} pixels and {mb} MB of pixel data (1024×1024 grey). Scale it down: a digit needs a few hundred pixels at most</source>
        <translation>{file}: 이미지가 {width}×{height} 픽셀입니다. 내 숫자에는 {side}×{side} 픽셀, 픽셀 데이터 {mb} MB(회색조 1024×1024)까지의 이미지만 쓸 수 있습니다. 이미지를 줄이세요. 숫자 하나에는 많아야 수백 픽셀이면 충분합니다</translation>
    </message>
    <message>
        <source>{file}: the file has {size} bytes; an image for My digits has at most {mb} MB</source>
        <translation>{file}: 파일 크기가 {size}바이트입니다. 내 숫자에 쓰는 이미지는 {mb} MB까지입니다</translation>
    </message>
    <message>
        <source>{file} is not a PNG file</source>
        <translation>{file}: PNG 파일이 아닙니다</translation>
    </message>
    <message>
        <source>{file}: the PNG file is truncated</source>
        <translation>{file}: PNG 파일이 잘려 있습니다</translation>
    </message>
    <message>
        <source>{file}: PNG chunk {chunk} is corrupt (CRC mismatch)</source>
        <translation>{file}: PNG {chunk} 청크가 손상되었습니다(CRC 불일치)</translation>
    </message>
    <message>
        <source>{file}: the PNG header (IHDR) is damaged</source>
        <translation>{file}: PNG 헤더(IHDR)가 손상되었습니다</translation>
    </message>
    <message>
        <source>{file}: the PNG palette is damaged</source>
        <translation>{file}: PNG 팔레트가 손상되었습니다</translation>
    </message>
    <message>
        <source>{file}: the PNG file has no image data</source>
        <translation>{file}: PNG 파일에 이미지 데이터가 없습니다</translation>
    </message>
    <message>
        <source>{file}: interlaced PNGs are not supported; save it without interlacing</source>
        <translation>{file}: 인터레이스 PNG는 지원하지 않습니다. 인터레이스 없이 다시 저장하세요</translation>
    </message>
    <message>
        <source>{file}: unknown PNG colour type {type}</source>
        <translation>{file}: 알 수 없는 PNG 색상 유형({type})입니다</translation>
    </message>
    <message>
        <source>{file}: unsupported palette PNG</source>
        <translation>{file}: 지원하지 않는 팔레트 PNG입니다</translation>
    </message>
    <message>
        <source>{file}: {depth}-bit PNGs are not supported; save it with 8 bits per channel</source>
        <translation>{file}: {depth}비트 PNG는 지원하지 않습니다. 채널당 8비트로 저장하세요</translation>
    </message>
    <message>
        <source>{file}: the PNG image data is corrupt ({reason})</source>
        <translation>{file}: PNG 이미지 데이터가 손상되었습니다({reason})</translation>
    </message>
    <message>
        <source>{file}: the PNG image data is longer than its {width}×{height} pixels; the file is damaged</source>
        <translation>{file}: PNG 이미지 데이터가 {width}×{height} 픽셀보다 깁니다. 파일이 손상되었습니다</translation>
    </message>
    <message>
        <source>{file}: the PNG image data is truncated</source>
        <translation>{file}: PNG 이미지 데이터가 잘려 있습니다</translation>
    </message>
    <message>
        <source>{file} is not a greyscale PGM (P5/P2) file</source>
        <translation>{file}: 회색조 PGM(P5/P2) 파일이 아닙니다</translation>
    </message>
    <message>
        <source>{file}: the PGM maximum grey value {value} is not in 1..65535</source>
        <translation>{file}: PGM의 최대 회색 값({value})이 1..65535 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>{file}: the PGM file is truncated</source>
        <translation>{file}: PGM 파일이 잘려 있습니다</translation>
    </message>
    <message>
        <source>save_my_digit needs a 28x28 image (or 784 values), got shape {shape}; run the drawing through to_mnist first</source>
        <translation>save_my_digit에는 28x28 이미지(또는 값 784개)가 필요합니다(받은 모양: {shape}). 먼저 그림을 to_mnist로 변환하세요</translation>
    </message>
    <message>
        <source>the label must be a class index 0, 1, 2, ..., not {label}</source>
        <translation>레이블은 클래스 번호 0, 1, 2, ...여야 합니다(받은 값: {label})</translation>
    </message>
    <message>
        <source>save_my_digit needs pixel values in [0, 1] (or uint8 0-255)</source>
        <translation>save_my_digit에는 [0, 1] 범위(또는 uint8 0-255)의 픽셀 값이 필요합니다</translation>
    </message>
    <message>
        <source>{path} is blank (no ink found); delete it or replace it with a drawing</source>
        <translation>{path}: 잉크 자국이 없는 빈 그림입니다. 파일을 지우거나 직접 그린 그림으로 바꾸세요.</translation>
    </message>
    <message>
        <source>{problem}. Delete the file or save it again as a PNG.</source>
        <translation>{problem}. 파일을 지우거나 PNG로 다시 저장하세요.</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}. Delete the file or save it again as a PNG.</source>
        <translation>{path} 파일을 읽을 수 없습니다: {error}. 파일을 지우거나 PNG로 다시 저장하세요.</translation>
    </message>
    <message>
        <source>unknown dataset {name}; choose mnist or fashion</source>
        <translation>알 수 없는 데이터셋 {name}. mnist나 fashion 중에서 고르세요</translation>
    </message>
    <message>
        <source>To get {title} there: run `nnstudio download {key} --dest {dest}`, or download the four .gz files from {mirror} into {folder}.</source>
        <translation>그 폴더에 {title} 데이터를 받으려면 `nnstudio download {key} --dest {dest}` 명령을 실행하거나, {mirror}에서 .gz 파일 네 개를 {folder} 폴더에 내려받으세요.</translation>
    </message>
    <message>
        <source>To get {title}: run `nnstudio download {key}` (saves to {default}), or download the four .gz files from {mirror} into a folder &lt;root&gt;/{folder}/ and set the environment variable NNSTUDIO_DATA=&lt;root&gt;.</source>
        <translation>{title} 데이터를 받으려면 `nnstudio download {key}` 명령을 실행하거나({default}에 저장합니다), {mirror}에서 .gz 파일 네 개를 &lt;root&gt;/{folder}/ 폴더로 내려받은 뒤 환경 변수 NNSTUDIO_DATA=&lt;root&gt;를 설정하세요.</translation>
    </message>
    <message>
        <source>{line}
{more}</source>
        <translation>{line}
{more}</translation>
    </message>
    <message>
        <source>the folder you gave</source>
        <translation>지정한 폴더</translation>
    </message>
    <message>
        <source>the checkout&apos;s datasets/ folder</source>
        <translation>소스 체크아웃의 datasets/ 폴더</translation>
    </message>
    <message>
        <source>the user data folder</source>
        <translation>사용자 데이터 폴더</translation>
    </message>
    <message>
        <source>  - {folder} ({why})</source>
        <translation>  - {folder} ({why})</translation>
    </message>
    <message>
        <source>{title} files not found. Searched:
{searched}
{how}</source>
        <translation>{title} 파일을 찾을 수 없습니다. 찾아본 곳:
{searched}
{how}</translation>
    </message>
    <message>
        <source>images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Delete {file} and get it again. {how}</source>
        <translation>{file} 파일을 지우고 다시 받으세요. {how}</translation>
    </message>
    <message>
        <source>the images of the training set</source>
        <translation>학습 세트의 이미지</translation>
    </message>
    <message>
        <source>the images of the test set</source>
        <translation>테스트 세트의 이미지</translation>
    </message>
    <message>
        <source>the labels of the training set</source>
        <translation>학습 세트의 레이블</translation>
    </message>
    <message>
        <source>the labels of the test set</source>
        <translation>테스트 세트의 레이블</translation>
    </message>
    <message>
        <source>{title} file {file} is missing ({part}). {how}</source>
        <translation>{title} 파일이 없습니다: {file} ({part}). {how}</translation>
    </message>
    <message>
        <source>{title} file {file} has {size} bytes, but the published file has {expected}: it is not the original file. {fix}</source>
        <translation>{title} 파일 {file}: 크기가 {size}바이트인데 배포된 파일은 {expected}바이트입니다. 원본 파일이 아닙니다. {fix}</translation>
    </message>
    <message>
        <source>cannot read {title} file {file}: {reason}. Check its permissions. {how}</source>
        <translation>{title} 파일 {file}: 읽을 수 없습니다({reason}). 파일 권한을 확인하세요. {how}</translation>
    </message>
    <message>
        <source> (it has {size} bytes, the published file {expected})</source>
        <translation>(이 파일은 {size}바이트, 배포된 파일은 {expected}바이트)</translation>
    </message>
    <message>
        <source>{title} file {file} is not a valid gzip file ({reason}){size_note}. {fix}</source>
        <translation>{title} 파일 {file}: 올바른 gzip 파일이 아닙니다({reason}){size_note}. {fix}</translation>
    </message>
    <message>
        <source>{title} file {file} is truncated: the gzip stream ends early{size_note} (an interrupted download?). {fix}</source>
        <translation>{title} 파일 {file}: 파일이 잘렸습니다. gzip 스트림이 일찍 끝납니다{size_note}(내려받기가 중단되었을 수 있습니다). {fix}</translation>
    </message>
    <message>
        <source>{title} file {file} is too short to hold an IDX header ({size} bytes unpacked). {fix}</source>
        <translation>{title} 파일 {file}: IDX 헤더가 들어가기에도 너무 짧습니다(압축을 풀면 {size}바이트). {fix}</translation>
    </message>
    <message>
        <source> (that is a labels file)</source>
        <translation>(레이블 파일의 번호)</translation>
    </message>
    <message>
        <source> (that is an images file)</source>
        <translation>(이미지 파일의 번호)</translation>
    </message>
    <message>
        <source>{title} file {file} has IDX magic number {found}{hint}, expected {magic} for {what}: the file is damaged or has the wrong name. {fix}</source>
        <translation>{title} 파일 {file}의 IDX 매직 넘버가 {found}입니다{hint}. {what} 파일이면 {magic}이어야 합니다. 파일이 손상되었거나 이름이 잘못되었습니다. {fix}</translation>
    </message>
    <message>
        <source>{title} file {file} holds {n} {what}, expected {count}. {fix}</source>
        <translation>{title} 파일 {file}에 든 {what}: {n}개인데 {count}개여야 합니다. {fix}</translation>
    </message>
    <message>
        <source>{title} file {file} has {rows}×{cols} images, expected {expected_rows}×{expected_cols}. {fix}</source>
        <translation>{title} 파일 {file}의 이미지는 {rows}×{cols}인데 {expected_rows}×{expected_cols}이어야 합니다. {fix}</translation>
    </message>
    <message>
        <source>{title} file {file} holds more than the {payload} bytes of {what} its header announces for {n} items. {fix}</source>
        <translation>{title} 파일 {file}에는 헤더가 {n}개 항목에 대해 밝힌 {what} {payload}바이트보다 많은 데이터가 있습니다. {fix}</translation>
    </message>
    <message>
        <source>{title} file {file} holds {size} bytes of {what} after its header, expected {payload} for {n} items. {fix}</source>
        <translation>{title} 파일 {file}의 헤더 뒤에 있는 {what}: {size}바이트인데, {n}개 항목이면 {payload}바이트여야 합니다. {fix}</translation>
    </message>
    <message>
        <source>{title} file {file} has label {label}; labels are 0..9. {fix}</source>
        <translation>{title} 파일 {file}에 있는 레이블 {label}: 레이블은 0..9입니다. {fix}</translation>
    </message>
    <message>
        <source>{title} file {file} has MD5 {digest}, but the published file has {expected}: it is not the original file. {fix}</source>
        <translation>{title} 파일 {file}의 MD5는 {digest}인데 배포된 파일의 MD5는 {expected}입니다. 원본 파일이 아닙니다. {fix}</translation>
    </message>
    <message>
        <source>role must be one of {choices}, not {role}</source>
        <translation>role은 {choices} 중 하나여야 합니다(받은 값: {role})</translation>
    </message>
    <message>
        <source>{name} is not one of the {title} files ({choices})</source>
        <translation>{name} 파일은 {title} 파일({choices}) 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>base_urls must name at least one mirror</source>
        <translation>base_urls에는 미러를 하나 이상 적어야 합니다</translation>
    </message>
    <message>
        <source>cannot create the folder {folder}: {reason}. Choose another destination.</source>
        <translation>폴더 {folder}: 만들 수 없습니다({reason}). 다른 저장 위치를 고르세요.</translation>
    </message>
    <message>
        <source>  - {url}: {problem}</source>
        <translation>  - {url}: {problem}</translation>
    </message>
    <message>
        <source>cannot write {name} into {folder}: {reason}. Make room there ({title} takes {size} MB) and download again.</source>
        <translation>{folder} 폴더에 {name} 파일을 쓸 수 없습니다: {reason}. 그곳에 공간을 확보한 뒤({title}에는 {size} MB가 필요합니다) 다시 내려받으세요.</translation>
    </message>
    <message>
        <source>could not download {title} file {name}:
{problems}
Check your internet connection (or proxy) and try again, or copy the four files by hand into {folder} (from {mirror}).</source>
        <translation>{title} 파일 {name} 내려받기에 실패했습니다:
{problems}
인터넷 연결(또는 프록시)을 확인하고 다시 시도하거나, 파일 네 개를 직접 {folder}에 복사하세요({mirror}에서 받을 수 있습니다).</translation>
    </message>
    <message>
        <source>download of {what} cancelled</source>
        <translation>{what} 내려받기를 취소했습니다</translation>
    </message>
    <message>
        <source>cannot write into {folder}: {reason}. Choose another destination.</source>
        <translation>{folder}에 쓸 수 없습니다: {reason}. 다른 저장 위치를 고르세요.</translation>
    </message>
    <message>
        <source>server answered HTTP {code} {reason}</source>
        <translation>서버의 응답: HTTP {code} {reason}</translation>
    </message>
    <message>
        <source>connection lost after {done} bytes ({reason})</source>
        <translation>{done}바이트를 받은 뒤 연결이 끊겼습니다({reason})</translation>
    </message>
    <message>
        <source>the connection closed after {done} of {total} bytes</source>
        <translation>{total}바이트 중 {done}바이트를 받은 뒤 연결이 끊겼습니다</translation>
    </message>
    <message>
        <source>got {done} bytes with MD5 {digest}, expected {md5} ({size} bytes): not the published file</source>
        <translation>받은 {done}바이트의 MD5가 {digest}입니다. 배포된 파일({size}바이트)의 MD5는 {md5}이므로 배포된 파일이 아닙니다</translation>
    </message>
    <message>
        <source>cannot connect ({reason})</source>
        <translation>연결할 수 없습니다({reason})</translation>
    </message>
    <message>
        <source>{file}, line {line}: {message}</source>
        <translation>{file}, {line}번째 줄: {message}</translation>
    </message>
    <message>
        <source>{file}: {message}</source>
        <translation>{file}: {message}</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>{line}번째 줄: {message}</translation>
    </message>
    <message>
        <source>{where}: {value} is too large (the limit is ±3.4e38)</source>
        <translation>{where}: {value} 값이 너무 큽니다(한도는 ±3.4e38).</translation>
    </message>
    <message>
        <source>{where}: {value} is not a finite number</source>
        <translation>{where}: {value} 값은 유한한 수가 아닙니다.</translation>
    </message>
    <message>
        <source>{where}: {value} is not a number</source>
        <translation>{where}: {value} 값은 수가 아닙니다.</translation>
    </message>
    <message>
        <source>{where} holds only one value ({value}): a classifier needs at least two classes</source>
        <translation>{where}에 값이 하나({value})뿐입니다. 분류기에는 클래스가 두 개 이상 필요합니다.</translation>
    </message>
    <message>
        <source>load_csv reads one label column; multilabel data needs several, which is not supported: choose binary, multiclass or regression</source>
        <translation>load_csv는 레이블 열 하나만 읽습니다. 다중 레이블 데이터에는 열이 여러 개 필요하므로 지원하지 않습니다. binary, multiclass, regression 중에서 고르세요</translation>
    </message>
    <message>
        <source>problem must be None (infer), &apos;binary&apos;, &apos;multiclass&apos; or &apos;regression&apos;, not {problem}</source>
        <translation>problem은 None(추론), &apos;binary&apos;, &apos;multiclass&apos;, &apos;regression&apos; 중 하나여야 합니다(받은 값: {problem})</translation>
    </message>
    <message>
        <source>test_fraction must be in [0, 1), got {test_fraction}</source>
        <translation>test_fraction은 [0, 1) 범위여야 합니다(받은 값: {test_fraction})</translation>
    </message>
    <message>
        <source>CSV file {path} does not exist</source>
        <translation>CSV 파일이 없습니다: {path}</translation>
    </message>
    <message>
        <source>{folder} is a folder, not a CSV file</source>
        <translation>{folder}: CSV 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>this is not a regular file (a pipe or a device?); save the table as a CSV file</source>
        <translation>일반 파일이 아닙니다(파이프나 장치인가요?). 표를 CSV 파일로 저장하세요.</translation>
    </message>
    <message>
        <source>the file is empty: expected rows of numbers, e.g. &apos;0.5,1.2,1&apos; (features, then the label)</source>
        <translation>파일이 비어 있습니다. 수로 된 행이 있어야 합니다. 예: &apos;0.5,1.2,1&apos;(특성들, 그다음 레이블).</translation>
    </message>
    <message>
        <source>found one column ({field}); expected at least one feature column and a label column separated by &apos;,&apos; or &apos;;&apos;</source>
        <translation>열이 하나뿐입니다({field}). &apos;,&apos; 또는 &apos;;&apos;로 구분된 특성 열 하나 이상과 레이블 열 하나가 있어야 합니다.</translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation>파일에 헤더 행은 있지만 데이터 행이 없습니다.</translation>
    </message>
    <message>
        <source>this is not a text file (it contains NUL bytes); save the table as CSV text</source>
        <translation>NUL 바이트가 들어 있어서 텍스트 파일이 아닙니다. 표를 CSV 텍스트로 저장하세요.</translation>
    </message>
    <message>
        <source>cannot be read as CSV ({reason})</source>
        <translation>CSV로 읽을 수 없습니다({reason}).</translation>
    </message>
    <message>
        <source>a field is longer than {n} characters; a table of numbers has no such fields (is this really a CSV file?)</source>
        <translation>필드 하나가 {n}자보다 깁니다. 수로 된 표에는 이런 필드가 없습니다(정말 CSV 파일인가요?).</translation>
    </message>
    <message>
        <source>{column} (the label)</source>
        <translation>{column}(레이블)</translation>
    </message>
    <message>
        <source>{rows} rows of {numbers} numbers would need {needed} of memory, more than the limit of {limit}</source>
        <translation>수 {numbers}개짜리 행 {rows}개에는 메모리가 {needed} 필요해 한도({limit})를 넘습니다.</translation>
    </message>
    <message numerus="yes">
        <source>has %n column(s), expected {expected} (as line {first})</source>
        <translation>
            <numerusform>열이 %n개입니다. {first}번째 줄처럼 {expected}개여야 합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>label_column={index} but the file has %n column(s) (use 0..{last}, or -1 for the last)</source>
        <translation>
            <numerusform>label_column={index}이지만 파일의 열은 %n개입니다. 0..{last} 범위의 번호를 쓰거나, 마지막 열이면 -1을 쓰세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>{where} is empty</source>
        <translation>{where}의 값이 비어 있습니다.</translation>
    </message>
    <message>
        <source>{where} holds {n} different labels; at most {limit} classes are supported</source>
        <translation>{where}에 서로 다른 레이블이 {n}개 있습니다. 클래스는 {limit}개까지 지원합니다.</translation>
    </message>
    <message>
        <source>the file has {size} bytes, more than the limit of {limit}; NN Studio keeps data in memory: use a smaller sample</source>
        <translation>파일 크기가 {size}바이트로 한도({limit}바이트)를 넘습니다. NN Studio는 데이터를 메모리에 두므로 더 작은 표본을 쓰세요.</translation>
    </message>
    <message>
        <source>the file has more than {n} data rows (row {row} is here); NN Studio keeps data in memory: use a sample of at most {n} rows</source>
        <translation>파일의 데이터 행이 {n}개보다 많습니다(여기가 {row}번째 행). NN Studio는 데이터를 메모리에 두므로 {n}행 이하의 표본을 쓰세요.</translation>
    </message>
    <message>
        <source>{where} is {value}, a missing value; remove the row or fill in its label</source>
        <translation>{where}의 값이 결측값 {value}입니다. 그 행을 지우거나 레이블을 채우세요.</translation>
    </message>
    <message>
        <source>no column named {name}; the first row has: {names}</source>
        <translation>이름이 {name}인 열이 없습니다. 첫 행에 있는 열: {names}</translation>
    </message>
    <message>
        <source>column {n} ({name})</source>
        <translation>{n}번째 열({name})</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>{n}번째 열</translation>
    </message>
    <message>
        <source>{where} is empty; every feature needs a number</source>
        <translation>{where}의 값이 비어 있습니다. 모든 특성에는 수가 있어야 합니다.</translation>
    </message>
    <message>
        <source>the label column ({column})</source>
        <translation>레이블 열({column})</translation>
    </message>
    <message>
        <source>{where}: {value} is not a number, and regression needs numeric labels</source>
        <translation>{where}: {value} 값은 수가 아닌데, 회귀에는 수로 된 레이블이 필요합니다.</translation>
    </message>
    <message>
        <source>{where} holds {n} different labels ({labels}); a binary problem needs exactly two</source>
        <translation>{where}에 서로 다른 레이블이 {n}개 있습니다({labels}). 이진 분류 문제에는 정확히 두 개가 필요합니다.</translation>
    </message>
    <message>
        <source>Cannot save to {path}: it is a folder; give a file name such as {example}.</source>
        <translation>{path}에 저장할 수 없습니다. 폴더입니다. {example}처럼 파일 이름을 주세요.</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>이름 있는 파이프(FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>일반 파일이 아닌 것</translation>
    </message>
    <message>
        <source>Cannot save to {path}: it is {kind}, not a regular file; choose another file name.</source>
        <translation>{path}에 저장할 수 없습니다. 일반 파일이 아니라 {kind}입니다. 다른 파일 이름을 고르세요.</translation>
    </message>
    <message>
        <source>Cannot save {path}: the folder {folder} does not exist.</source>
        <translation>저장할 수 없습니다: {path}. 폴더가 없습니다: {folder}.</translation>
    </message>
    <message>
        <source>{name}: file not found ({path}).</source>
        <translation>{name}: 파일을 찾을 수 없습니다({path}).</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({reason}).</source>
        <translation>{name}: 읽을 수 없습니다({reason}).</translation>
    </message>
    <message>
        <source>{name}: is a folder, not a file.</source>
        <translation>{name}: 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>{name}: is not a regular file (a pipe or a device?).</source>
        <translation>{name}: 일반 파일이 아닙니다(파이프나 장치일 수 있습니다).</translation>
    </message>
    <message>
        <source>{name}: the arrays would unpack to {size}, more than the limit of {limit}; refusing to load a file this large.</source>
        <translation>{name}: 배열을 풀면 크기({size})가 한도({limit})를 넘습니다. 이렇게 큰 파일은 불러오지 않습니다.</translation>
    </message>
    <message>
        <source>{name}: entry {entry} holds text, not numbers.</source>
        <translation>{name}: 항목 {entry}에 수가 아니라 텍스트가 들어 있습니다.</translation>
    </message>
    <message>
        <source>{name}: &apos;{key}&apos; must be a text entry.</source>
        <translation>{name}: &apos;{key}&apos; 항목은 텍스트여야 합니다.</translation>
    </message>
    <message>
        <source>{name}: the configuration text is implausibly large.</source>
        <translation>{name}: 설정 텍스트가 말이 안 될 만큼 큽니다.</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <source>{name}: permission denied; check the file&apos;s access rights.</source>
        <translation>{name}: 권한이 없습니다. 파일의 접근 권한을 확인하세요.</translation>
    </message>
    <message>
        <source>{name}: no &apos;{key}&apos; entry; not an {format} file.</source>
        <translation>{name}: &apos;{key}&apos; 항목이 없습니다. {format} 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>&apos;{CONFIG_KEY}&apos; is reserved for the JSON configuration.</source>
        <translation>&apos;{CONFIG_KEY}&apos; 이름은 JSON 설정용으로 예약되어 있습니다.</translation>
    </message>
    <message>
        <source>Array {key} holds Python objects; only numeric arrays can be saved.</source>
        <translation>배열 {key}에 Python 객체가 들어 있습니다. 수로 된 배열만 저장할 수 있습니다.</translation>
    </message>
    <message>
        <source>{name}: not an {format} file (not a zip/npz archive; the file may be truncated or of another kind).</source>
        <translation>{name}: zip/npz 압축 파일이 아니므로 {format} 파일이 아닙니다. 파일이 잘렸거나 다른 종류의 파일일 수 있습니다.</translation>
    </message>
    <message>
        <source>{name}: uses a zip feature NN Studio does not read ({reason}); it was not written by NN Studio.</source>
        <translation>{name}: NN Studio가 읽지 않는 zip 기능을 씁니다({reason}). NN Studio로 저장한 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>{name}: damaged or truncated file ({reason}).</source>
        <translation>{name}: 손상되었거나 잘린 파일입니다({reason}).</translation>
    </message>
    <message>
        <source>{name}: unexpected entry {entry} (not a NumPy array).</source>
        <translation>{name}: 예상하지 못한 항목이 있습니다: {entry}. NumPy 배열이 아닙니다.</translation>
    </message>
    <message>
        <source>{name}: the entry {entry} appears twice; the file is damaged.</source>
        <translation>{name}: {entry} 항목이 두 번 나옵니다. 파일이 손상되었습니다.</translation>
    </message>
    <message>
        <source>{name}: the entry {entry} is encrypted; NN Studio never writes encrypted files.</source>
        <translation>{name}: {entry} 항목이 암호화되어 있습니다. NN Studio는 암호화된 파일을 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>{name}: the entry {entry} is compressed with zip method {method}; NN Studio reads only stored or deflated entries.</source>
        <translation>{name}: {entry} 항목의 zip 압축 방식은 {method}입니다. NN Studio는 압축하지 않았거나 deflate로 압축한 항목만 읽습니다.</translation>
    </message>
    <message>
        <source>{name}: the entry {entry} would unpack {stored} into {size}; refusing what looks like a zip bomb.</source>
        <translation>{name}: {entry} 항목은 풀면 {stored}에서 {size}까지 커집니다. zip 폭탄으로 보여 거부합니다.</translation>
    </message>
    <message>
        <source>{name}: entry {entry} is not a valid NumPy array ({reason}).</source>
        <translation>{name}: {entry} 항목은 올바른 NumPy 배열이 아닙니다({reason}).</translation>
    </message>
    <message>
        <source>{name}: entry {entry} contains pickled Python objects, which are never loaded (they could run code).</source>
        <translation>{name}: 항목 {entry}에 pickle된 파이썬 객체가 들어 있습니다. 코드를 실행할 수 있으므로 절대 불러오지 않습니다.</translation>
    </message>
    <message>
        <source>{name}: entry {entry} holds values of type {dtype}, not numbers.</source>
        <translation>{name}: 항목 {entry}에 수가 아니라 {dtype} 형식의 값이 들어 있습니다.</translation>
    </message>
    <message>
        <source>{name}: entry {entry} claims shape {shape} ({claimed} bytes) but holds only {stored} bytes; the file is damaged or truncated.</source>
        <translation>{name}: 항목 {entry}의 모양은 {shape}({claimed}바이트)라고 되어 있지만 실제로는 {stored}바이트뿐입니다. 파일이 손상되었거나 잘렸습니다.</translation>
    </message>
    <message>
        <source>{name}: entry {entry} has data after its array; the file is damaged.</source>
        <translation>{name}: 항목 {entry}의 배열 뒤에 데이터가 더 있습니다. 파일이 손상되었습니다.</translation>
    </message>
    <message>
        <source>{text} is not a number JSON allows</source>
        <translation>{text} 값은 JSON에서 쓸 수 있는 수가 아닙니다</translation>
    </message>
    <message>
        <source>an integer of {count} digits</source>
        <translation>{count}자리 정수</translation>
    </message>
    <message>
        <source>the number {text} is too large</source>
        <translation>수 {text}의 크기가 너무 큽니다</translation>
    </message>
    <message>
        <source>NN Studio model</source>
        <translation>NN Studio 모델</translation>
    </message>
    <message>
        <source>{name}: the configuration is not valid JSON ({reason}).</source>
        <translation>{name}: 설정이 올바른 JSON이 아닙니다({reason}).</translation>
    </message>
    <message>
        <source>{name}: the configuration must be a JSON object.</source>
        <translation>{name}: 설정은 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>{name}: format is {found}, expected {expected}.</source>
        <translation>{name}: 형식이 {found}입니다. {expected} 형식이어야 합니다.</translation>
    </message>
    <message>
        <source>{name}: missing or invalid format version {version}.</source>
        <translation>{name}: 형식 버전이 없거나 올바르지 않습니다({version}).</translation>
    </message>
    <message>
        <source>{name}: written by a newer NN Studio (format version {version}; this version reads up to {max_version}). Update NN Studio to open it.</source>
        <translation>{name}: 더 새로운 NN Studio로 저장한 파일입니다(형식 버전 {version}, 이 버전은 {max_version}까지 읽습니다). 열려면 NN Studio를 업데이트하세요.</translation>
    </message>
    <message>
        <source>{name}: no layers in the configuration.</source>
        <translation>{name}: 설정에 층이 없습니다.</translation>
    </message>
    <message>
        <source>{name}: {count} layers; at most {most} are supported.</source>
        <translation>{name}: 층이 {count}개입니다. {most}개까지만 지원합니다.</translation>
    </message>
    <message>
        <source>{name}: layer {layer}: invalid number of units {units}.</source>
        <translation>{name}: {layer}번째 층: 뉴런 수가 올바르지 않습니다({units}).</translation>
    </message>
    <message>
        <source>{name}: layer {layer}: {error}</source>
        <translation>{name}: {layer}번째 층: {error}</translation>
    </message>
    <message>
        <source>{name} is a project file, not a model file: open it in the studio with File → Open project… or with nnstudio {file}. The pad and nnstudio export take a project file too when its name ends in .nnsproj.</source>
        <translation>{name} 파일은 모델 파일이 아니라 프로젝트 파일입니다. 스튜디오에서 파일 → 프로젝트 열기…로 열거나 nnstudio {file} 명령으로 여세요. 패드와 nnstudio export도 이름이 .nnsproj로 끝나는 프로젝트 파일을 받습니다.</translation>
    </message>
    <message>
        <source>{name}: invalid model description ({reason}).</source>
        <translation>{name}: 모델 설명이 올바르지 않습니다({reason}).</translation>
    </message>
    <message>
        <source>{name}: this model needs about {size} of memory to open ({weights} weights), more than the limit of {limit}.</source>
        <translation>{name}: 이 모델을 열려면 메모리가 약 {size} 필요합니다(가중치 {weights}개). 한도({limit})를 넘습니다.</translation>
    </message>
    <message>
        <source>{name}: unsupported dtype {dtype} (float32 or float64).</source>
        <translation>{name}: 지원하지 않는 dtype {dtype}입니다(float32나 float64만 됩니다).</translation>
    </message>
    <message>
        <source>{name}: invalid seed {seed} (a whole number from 0 to 2**128).</source>
        <translation>{name}: 시드가 올바르지 않습니다({seed}). 0부터 2**128까지의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>{name}: layer {layer} is not a JSON object.</source>
        <translation>{name}: {layer}번째 층이 JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>{name}: layer {layer}: unknown activation {activation} (known: {known}).</source>
        <translation>{name}: {layer}번째 층: 알 수 없는 활성화 함수 {activation}입니다(쓸 수 있는 것: {known}).</translation>
    </message>
    <message>
        <source>{name}: layer {layer}: invalid regularizer {regularizer}.</source>
        <translation>{name}: {layer}번째 층: 규제가 올바르지 않습니다({regularizer}).</translation>
    </message>
    <message>
        <source>{name}: the weights of Dense layer {layer} ({W}, {b}) are missing.</source>
        <translation>{name}: {layer}번째 Dense 층의 가중치({W}, {b})가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>{name}: Dense layer {layer}: weight shapes {W_shape} and {b_shape} do not match %n unit(s).</source>
        <translation>
            <numerusform>{name}: {layer}번째 Dense 층: 가중치 모양({W_shape}, {b_shape})이 뉴런 %n개와 맞지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: layer {layer}: input_dim {input_dim} does not fit its weights (input size {inputs}).</source>
        <translation>{name}: {layer}번째 층: input_dim 값({input_dim})이 가중치(입력 {inputs}개)와 맞지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>{name}: Dense layer {layer}: {W} has %n row(s), but the layer before has size {values}.</source>
        <translation>
            <numerusform>{name}: {layer}번째 Dense 층: {W}의 행은 %n개인데 앞 층의 크기는 {values}입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: Dense layer {layer}: weights must be floating-point numbers.</source>
        <translation>{name}: {layer}번째 Dense 층: 가중치는 부동소수점 수여야 합니다.</translation>
    </message>
    <message>
        <source>{name}: Dense layer {layer}: the weights are not all finite numbers (NaN or infinite values: saved after training diverged?).</source>
        <translation>{name}: {layer}번째 Dense 층: 가중치 중에 유한하지 않은 값(NaN이나 무한대)이 있습니다. 학습이 발산한 뒤에 저장했을 수 있습니다.</translation>
    </message>
    <message>
        <source>{name}: layer {layer}: invalid dropout rate {rate}.</source>
        <translation>{name}: {layer}번째 층: 드롭아웃 비율이 올바르지 않습니다({rate}).</translation>
    </message>
    <message>
        <source>{name}: layer {layer}: unknown layer type {kind} (Dense or Dropout).</source>
        <translation>{name}: {layer}번째 층: 알 수 없는 층 종류 {kind}입니다(Dense나 Dropout만 됩니다).</translation>
    </message>
    <message>
        <source>{name}: the last layer must be Dense.</source>
        <translation>{name}: 마지막 층은 Dense여야 합니다.</translation>
    </message>
    <message>
        <source>{name}: unexpected array {array}.</source>
        <translation>{name}: 예상하지 못한 배열이 있습니다: {array}.</translation>
    </message>
    <message>
        <source>{name}: invalid step count {steps}.</source>
        <translation>{name}: 스텝 수가 올바르지 않습니다({steps}).</translation>
    </message>
    <message>
        <source>not a PCG64 state</source>
        <translation>PCG64 상태가 아닙니다</translation>
    </message>
    <message>
        <source>{name}: invalid random generator state ({reason}).</source>
        <translation>{name}: 난수 생성기 상태가 올바르지 않습니다({reason}).</translation>
    </message>
    <message>
        <source>{name}: unknown loss {loss} (known: {known}).</source>
        <translation>{name}: 알 수 없는 손실 함수 {loss}입니다(쓸 수 있는 것: {known}).</translation>
    </message>
    <message>
        <source>{name}: invalid metrics {metrics}.</source>
        <translation>{name}: 지표가 올바르지 않습니다({metrics}).</translation>
    </message>
    <message>
        <source>{name}: invalid optimizer settings ({reason}).</source>
        <translation>{name}: 옵티마이저 설정이 올바르지 않습니다({reason}).</translation>
    </message>
    <message>
        <source>{name}: the optimizer state &apos;{key}&apos; holds NaN or infinite values.</source>
        <translation>{name}: 옵티마이저 상태 &apos;{key}&apos;에 NaN이나 무한대 값이 있습니다.</translation>
    </message>
    <message>
        <source>{name}: the optimizer state &apos;{key}&apos; must hold numbers.</source>
        <translation>{name}: 옵티마이저 상태 &apos;{key}&apos;에는 수가 들어 있어야 합니다.</translation>
    </message>
    <message>
        <source>{name}: invalid optimizer state ({reason}).</source>
        <translation>{name}: 옵티마이저 상태가 올바르지 않습니다({reason}).</translation>
    </message>
    <message>
        <source>the training settings are not a mapping</source>
        <translation>학습 설정이 키와 값의 매핑이 아닙니다</translation>
    </message>
    <message>
        <source>unknown optimizer {name}; choose one of {choices}</source>
        <translation>알 수 없는 옵티마이저 {name}. 다음 중에서 고르세요: {choices}</translation>
    </message>
    <message>
        <source>batch_size must be a whole number from {low} to {high} (got {value})</source>
        <translation>배치 크기(batch_size)는 {low}부터 {high}까지의 정수여야 합니다(받은 값: {value})</translation>
    </message>
    <message>
        <source>seed must be a whole number from {low} to {high} (got {value})</source>
        <translation>시드(seed)는 {low}부터 {high}까지의 정수여야 합니다(받은 값: {value})</translation>
    </message>
    <message>
        <source>the learning rate {value} is not a number from {low} to {high}</source>
        <translation>학습률 {value}: {low}부터 {high}까지의 수여야 합니다</translation>
    </message>
    <message>
        <source>max_epochs must be a whole number from {low} to {high} (got {value})</source>
        <translation>최대 에폭(max_epochs)은 {low}부터 {high}까지의 정수여야 합니다(받은 값: {value})</translation>
    </message>
    <message>
        <source>early_stopping must be a whole number from {low} to {high} (got {value})</source>
        <translation>조기 종료(early_stopping)는 {low}부터 {high}까지의 정수여야 합니다(받은 값: {value})</translation>
    </message>
    <message>
        <source>speed must be one of {choices} steps per second, 0 for full speed (got {value})</source>
        <translation>속도(speed)는 초당 {choices} 스텝 중 하나이거나 최고 속도를 뜻하는 0이어야 합니다(받은 값: {value})</translation>
    </message>
    <message>
        <source>augment must be true or false (got {value})</source>
        <translation>이미지 증강(augment)은 true 또는 false여야 합니다(받은 값: {value})</translation>
    </message>
    <message>
        <source>the dataset choice is not a mapping</source>
        <translation>데이터셋 선택이 키와 값의 매핑이 아닙니다</translation>
    </message>
    <message>
        <source>the dataset choice has no dataset name</source>
        <translation>데이터셋 선택에 데이터셋 이름이 없습니다</translation>
    </message>
    <message>
        <source>the number of points {value} is not a whole number from {low} to {high}</source>
        <translation>점의 개수 {value}: {low}부터 {high}까지의 정수여야 합니다</translation>
    </message>
    <message>
        <source>the noise {value} is not a number from 0 to {high}</source>
        <translation>노이즈 {value}: 0부터 {high}까지의 수여야 합니다</translation>
    </message>
    <message>
        <source>the test fraction {value} is not a number from 0 to {high}</source>
        <translation>테스트 비율 {value}: 0부터 {high}까지의 수여야 합니다</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>{file}: the file does not exist.</source>
        <translation>{file}: 파일이 없습니다.</translation>
    </message>
    <message>
        <source>{file} is not an NN Studio project: the studio opens projects (.nnsproj), which File → Save writes. A table of numbers (CSV) comes in with File → Import CSV… instead.</source>
        <translation>{file} 파일은 NN Studio 프로젝트가 아닙니다. 스튜디오는 파일 → 프로젝트 저장으로 저장한 프로젝트 파일(.nnsproj)을 엽니다. 숫자 표(CSV)는 대신 파일 → CSV 가져오기…로 불러오세요.</translation>
    </message>
    <message>
        <source>{file} is not a readable NN Studio project: {reason}</source>
        <translation>{file}: 읽을 수 있는 NN Studio 프로젝트 파일이 아닙니다: {reason}</translation>
    </message>
    <message>
        <source>{file}: the project file is damaged ({kind}: {reason}).</source>
        <translation>{file}: 프로젝트 파일이 손상되었습니다({kind}: {reason}).</translation>
    </message>
    <message>
        <source>{field} is {value}; it must be {what}.</source>
        <translation>{field} 값이 {value}입니다. 올바른 값: {what}.</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>{low}부터 {high}까지의 정수</translation>
    </message>
    <message>
        <source>a number from {low} up to {high}</source>
        <translation>{low}부터 {high}까지의 수</translation>
    </message>
    <message>
        <source>text of at most {n} characters</source>
        <translation>{n}자 이하의 텍스트</translation>
    </message>
    <message>
        <source>non-empty text of at most {n} characters</source>
        <translation>비어 있지 않은 {n}자 이하의 텍스트</translation>
    </message>
    <message>
        <source>the file has no valid format version.</source>
        <translation>파일에 올바른 형식 버전이 없습니다.</translation>
    </message>
    <message>
        <source>the file was written by a newer NN Studio (format version {version}; this version reads up to {supported}). Update NN Studio to open it.</source>
        <translation>더 새로운 NN Studio로 저장한 파일입니다(형식 버전 {version}, 이 버전은 {supported}까지 읽을 수 있습니다). 열려면 NN Studio를 업데이트하세요.</translation>
    </message>
    <message>
        <source>the network description is missing.</source>
        <translation>신경망 구성 정보가 없습니다.</translation>
    </message>
    <message>
        <source>the network description is invalid: {reason}</source>
        <translation>신경망 구성 정보가 올바르지 않습니다: {reason}</translation>
    </message>
    <message>
        <source>the network is larger than the studio allows: {reason}</source>
        <translation>신경망이 스튜디오에서 허용하는 크기보다 큽니다: {reason}</translation>
    </message>
    <message>
        <source>its number of weight arrays is {n}, but its network needs {needed}.</source>
        <translation>가중치 배열이 {n}개 들어 있는데 신경망에는 {needed}개가 필요합니다.</translation>
    </message>
    <message>
        <source>the stored dataset needs an output size of {n}, but the network&apos;s is {units}.</source>
        <translation>저장된 데이터셋에는 출력이 {n}개 필요한데 신경망의 출력은 {units}개입니다.</translation>
    </message>
    <message numerus="yes">
        <source>a list of %n name(s) (or none)</source>
        <translation>
            <numerusform>이름 %n개의 목록(또는 빈 목록)</numerusform>
        </translation>
    </message>
    <message>
        <source>the stored dataset&apos;s number of features ({features}) is not the network&apos;s input size ({inputs}).</source>
        <translation>저장된 데이터셋의 특성은 {features}개인데 신경망의 입력은 {inputs}개입니다.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <source>{file}: the project&apos;s network cannot be built ({reason}).</source>
        <translation>{file}: 프로젝트의 신경망을 만들 수 없습니다({reason}).</translation>
    </message>
    <message>
        <source>{file} is cut short: it begins as a project file, but its end is missing (a copy or a download that was interrupted?). Copy it again from where it came from.</source>
        <translation>{file} 파일이 중간에 잘렸습니다. 프로젝트 파일로 시작하지만 끝부분이 없습니다(복사나 내려받기가 중단되었을 수 있습니다). 원래 있던 곳에서 다시 복사하세요.</translation>
    </message>
    <message>
        <source>{file} is a model file (as nnstudio train --save writes), not a project: the studio opens projects (.nnsproj), which File → Save writes.</source>
        <translation>{file}: 프로젝트가 아니라 모델 파일입니다(nnstudio train --save가 저장하는 파일). 스튜디오는 파일 → 프로젝트 저장으로 저장한 프로젝트 파일(.nnsproj)을 엽니다.</translation>
    </message>
    <message>
        <source>NN Studio project</source>
        <translation>NN Studio 프로젝트</translation>
    </message>
    <message>
        <source>it holds a training state but no weights.</source>
        <translation>학습 상태는 있지만 가중치가 없습니다.</translation>
    </message>
    <message>
        <source>the state of a PCG64 random generator</source>
        <translation>PCG64 난수 생성기의 상태</translation>
    </message>
    <message>
        <source>a finite number</source>
        <translation>유한한 수</translation>
    </message>
    <message>
        <source>the training state is not a mapping.</source>
        <translation>학습 상태가 키와 값의 매핑이 아닙니다.</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>키와 값의 매핑</translation>
    </message>
    <message>
        <source>a finite number and an epoch</source>
        <translation>유한한 수와 에폭 번호</translation>
    </message>
    <message>
        <source>the training settings are not a mapping.</source>
        <translation>학습 설정이 키와 값의 매핑이 아닙니다.</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>{choices} 중 하나</translation>
    </message>
    <message>
        <source>one of {choices} (steps per second; 0 = full speed)</source>
        <translation>{choices} 중 하나(초당 스텝 수, 0 = 최고 속도)</translation>
    </message>
    <message>
        <source>a mapping of hyper-parameters</source>
        <translation>하이퍼파라미터의 매핑</translation>
    </message>
    <message>
        <source>given outside the options, not in them</source>
        <translation>옵션 안이 아니라 옵션 밖에 주는 값</translation>
    </message>
    <message>
        <source>a pair of finite numbers</source>
        <translation>유한한 수 두 개의 쌍</translation>
    </message>
    <message>
        <source>a finite number or true/false</source>
        <translation>유한한 수 또는 true/false</translation>
    </message>
    <message>
        <source>training.options: the optimizer settings are invalid ({reason}).</source>
        <translation>training.options: 옵티마이저 설정이 올바르지 않습니다({reason}).</translation>
    </message>
    <message>
        <source>the dataset choice is malformed (not a mapping).</source>
        <translation>데이터셋 선택의 형식이 잘못되었습니다. 매핑(dict)이 아닙니다.</translation>
    </message>
    <message>
        <source>the stored dataset&apos;s description is not a mapping.</source>
        <translation>저장된 데이터셋 정보가 매핑이 아닙니다.</translation>
    </message>
    <message>
        <source>the stored dataset is incomplete (&apos;{key}&apos; missing).</source>
        <translation>저장된 데이터셋이 불완전합니다. &apos;{key}&apos; 항목이 없습니다.</translation>
    </message>
    <message>
        <source>1 for a binary problem</source>
        <translation>이진 분류 문제에서는 1</translation>
    </message>
    <message>
        <source>1 for a regression problem</source>
        <translation>회귀 문제에서는 1</translation>
    </message>
    <message>
        <source>4 finite numbers xmin &lt; xmax, ymin &lt; ymax</source>
        <translation>xmin &lt; xmax, ymin &lt; ymax인 유한한 수 4개</translation>
    </message>
    <message>
        <source>null: only 2-D data has an extent</source>
        <translation>null: 표시 범위는 2차원 데이터에만 있습니다</translation>
    </message>
    <message>
        <source>weight array w{index} is missing.</source>
        <translation>가중치 배열이 없습니다: w{index}.</translation>
    </message>
    <message>
        <source>weight array w{index} has shape {shape}, the network needs {needed}.</source>
        <translation>가중치 배열 w{index}의 모양은 {shape}인데 신경망에 필요한 모양은 {needed}입니다.</translation>
    </message>
    <message>
        <source>weight array w{index} is not all finite numbers.</source>
        <translation>가중치 배열 w{index}에 유한하지 않은 값이 있습니다.</translation>
    </message>
    <message>
        <source>finite numbers</source>
        <translation>유한한 수</translation>
    </message>
    <message>
        <source>a permutation of the training rows</source>
        <translation>학습 데이터 행의 순열</translation>
    </message>
    <message>
        <source>the stored dataset is incomplete ({keys} missing).</source>
        <translation>저장된 데이터셋이 불완전합니다. 없는 항목: {keys}.</translation>
    </message>
    <message>
        <source>{array} holds labels other than 0 and 1 (a binary problem).</source>
        <translation>{array}에 0과 1이 아닌 레이블이 있습니다(이진 분류 문제).</translation>
    </message>
    <message>
        <source>{array} holds labels other than 0 and 1 (a multilabel problem).</source>
        <translation>{array}에 0과 1이 아닌 레이블이 있습니다(다중 레이블 분류 문제).</translation>
    </message>
    <message>
        <source>float32 of shape (n, inputs)</source>
        <translation>모양이 (n, inputs)인 float32</translation>
    </message>
    <message>
        <source>{array} holds NaN or infinite values.</source>
        <translation>{array}에 NaN이나 무한대 값이 있습니다.</translation>
    </message>
    <message>
        <source>numbers, one target per row of {array}</source>
        <translation>{array}의 행마다 목표값이 하나씩 있는 수</translation>
    </message>
    <message>
        <source>{array} holds labels outside the {k} classes 0..{last}.</source>
        <translation>{array}에 클래스 {k}개(0..{last})를 벗어난 레이블이 있습니다.</translation>
    </message>
    <message>
        <source>the stored dataset has no training rows.</source>
        <translation>저장된 데이터셋에 학습 데이터 행이 없습니다.</translation>
    </message>
    <message>
        <source>the stored dataset is invalid: {reason}</source>
        <translation>저장된 데이터셋이 올바르지 않습니다: {reason}</translation>
    </message>
    <message>
        <source>the training history is incomplete ({keys} missing).</source>
        <translation>학습 기록이 불완전합니다. 없는 항목: {keys}.</translation>
    </message>
    <message>
        <source>whole numbers</source>
        <translation>정수</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>수</translation>
    </message>
    <message>
        <source>{array} holds negative counts.</source>
        <translation>{array}에 음수인 횟수가 있습니다.</translation>
    </message>
    <message>
        <source>the training history arrays do not fit together.</source>
        <translation>학습 기록의 배열들이 서로 맞지 않습니다.</translation>
    </message>
    <message>
        <source>the stored layer statistics do not fit together.</source>
        <translation>저장된 층별 통계가 서로 맞지 않습니다.</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>그런 파일이나 폴더가 없음</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>권한이 없음</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>디스크가 가득 참</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>디스크가 읽기 전용임</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>폴더임</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>경로의 일부가 폴더가 아님</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>이미 있음</translation>
    </message>
    <message>
        <source>the folder is not empty</source>
        <translation>폴더가 비어 있지 않음</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>디스크를 읽거나 쓸 수 없음</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>이름이 너무 김</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>열린 파일이 너무 많음</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>연결 시간이 초과됨</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>연결이 거부됨</translation>
    </message>
    <message>
        <source>the connection was broken off</source>
        <translation>연결이 끊김</translation>
    </message>
    <message>
        <source>the network cannot be reached</source>
        <translation>네트워크에 연결할 수 없음</translation>
    </message>
    <message>
        <source>the server&apos;s name could not be looked up</source>
        <translation>서버 이름을 찾을 수 없음</translation>
    </message>
    <message>
        <source>at line {line}, column {column}</source>
        <translation>{line}행 {column}열</translation>
    </message>
    <message>
        <source>not a valid zip archive</source>
        <translation>올바른 zip 압축 파일이 아님</translation>
    </message>
    <message>
        <source>the compressed data is damaged</source>
        <translation>압축된 데이터가 손상됨</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>UTF-8 텍스트가 아님</translation>
    </message>
    <message>
        <source>the file ends too early</source>
        <translation>파일이 너무 일찍 끝남</translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation>메모리가 부족함</translation>
    </message>
    <message>
        <source>the entry {key} is missing</source>
        <translation>{key} 항목이 없습니다</translation>
    </message>
    <message>
        <source>it takes no settings; leave out {names}</source>
        <translation>설정을 받지 않습니다. {names} 항목을 빼세요</translation>
    </message>
    <message>
        <source>it has no setting {names}; its settings are {allowed}</source>
        <translation>{names} 설정은 없습니다. 쓸 수 있는 설정: {allowed}</translation>
    </message>
    <message>
        <source>it needs the setting {names}</source>
        <translation>{names} 설정이 필요합니다</translation>
    </message>
    <message>
        <source>{name} takes from {minimum} to {maximum} points (got {points})</source>
        <translation>{name} 데이터의 점 수는 {minimum}부터 {maximum}까지입니다(받은 값: {points})</translation>
    </message>
    <message>
        <source>{name}: noise must be a number from 0 to {maximum}, got {value}</source>
        <translation>{name}: noise는 0에서 {maximum} 사이의 수여야 합니다(받은 값: {value})</translation>
    </message>
    <message>
        <source>{name}: test_fraction must be in [0, 1), got {value}</source>
        <translation>{name}: test_fraction은 [0, 1) 범위여야 합니다(받은 값: {value})</translation>
    </message>
    <message>
        <source>unknown dataset {name}; choose one of: {choices}</source>
        <translation>알 수 없는 데이터셋 {name}. 다음 중에서 고르세요: {choices}</translation>
    </message>
    <message>
        <source>The race&apos;s template must be compiled: call model.compile(optimizer=..., loss=...) first (its loss and metrics are every contestant&apos;s).</source>
        <translation>경주의 기준 네트워크를 컴파일해야 합니다. 먼저 model.compile(optimizer=..., loss=...)을 호출하세요(그 손실 함수와 지표를 모든 참가자가 씁니다).</translation>
    </message>
    <message>
        <source>The race&apos;s template does not know its input size yet: give its first Dense layer input_dim=..., or build it with model.build(features).</source>
        <translation>경주의 기준 네트워크가 아직 입력 크기를 모릅니다. 첫 Dense 층에 input_dim=...을 주거나 model.build(features)로 만드세요.</translation>
    </message>
    <message>
        <source>The race&apos;s seed must be a whole number &gt;= 0 (got {seed}).</source>
        <translation>경주의 시드는 0 이상의 정수여야 합니다(받은 값: {seed}).</translation>
    </message>
    <message>
        <source>The divergence factor must be a number &gt; 1 (got {value}).</source>
        <translation>발산 배율은 1보다 큰 수여야 합니다(받은 값: {value}).</translation>
    </message>
    <message>
        <source>add a contestant</source>
        <translation>참가자를 추가할</translation>
    </message>
    <message numerus="yes">
        <source>The race has taken %n step(s): a new contestant would start behind the others. Restart the race (race.reset()) first.</source>
        <translation>
            <numerusform>경주가 이미 %n 스텝 진행되어 새 참가자는 다른 참가자보다 뒤처져 출발하게 됩니다. 먼저 경주를 다시 시작하세요(race.reset()).</numerusform>
        </translation>
    </message>
    <message>
        <source>A contestant needs a name (a non-empty text), got {name}.</source>
        <translation>참가자에게는 이름(비어 있지 않은 텍스트)이 있어야 합니다(받은 값: {name}).</translation>
    </message>
    <message>
        <source>There is already a contestant named {name}; choose another name.</source>
        <translation>{name} 이름의 참가자가 이미 있습니다. 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <source>remove a contestant</source>
        <translation>참가자를 뺄</translation>
    </message>
    <message>
        <source>No contestant named {name}; the contestants are {names}.</source>
        <translation>이름이 {name}인 참가자는 없습니다. 참가자: {names}.</translation>
    </message>
    <message>
        <source>{contestant} races with {name}; to race another optimizer, add a contestant.</source>
        <translation>{contestant} 참가자는 {name} 옵티마이저로 경주합니다. 다른 옵티마이저로 경주하려면 참가자를 추가하세요.</translation>
    </message>
    <message>
        <source>restart the race</source>
        <translation>경주를 다시 시작할</translation>
    </message>
    <message>
        <source>Cannot {what} while the race runs: stop the run (close its generator) first.</source>
        <translation>경주가 진행되는 동안에는 {what} 수 없습니다. 먼저 실행을 멈추세요(제너레이터를 닫으세요).</translation>
    </message>
    <message>
        <source>The race has no contestants: add at least one (race.add(name, optimizer)).</source>
        <translation>경주에 참가자가 없습니다. 하나 이상 추가하세요(race.add(name, optimizer)).</translation>
    </message>
    <message>
        <source>steps must be a whole number &gt;= 0 or None (got {steps}).</source>
        <translation>steps는 0 이상의 정수나 None이어야 합니다(받은 값: {steps}).</translation>
    </message>
    <message>
        <source>batch_size must be a whole number &gt;= 1 (got {batch_size}).</source>
        <translation>batch_size는 1 이상의 정수여야 합니다(받은 값: {batch_size}).</translation>
    </message>
    <message>
        <source>validation_every must be a whole number &gt;= 1 (got {validation_every}).</source>
        <translation>validation_every는 1 이상의 정수여야 합니다(받은 값: {validation_every}).</translation>
    </message>
    <message>
        <source>The race is already running: one run at a time (close the other generator).</source>
        <translation>경주가 이미 진행 중입니다. 한 번에 하나만 실행할 수 있습니다(다른 제너레이터를 닫으세요).</translation>
    </message>
    <message>
        <source>Each batch must be a non-empty 1-D array of integer row indices (got shape {shape}, dtype {dtype}).</source>
        <translation>각 배치는 정수 행 번호로 된 비어 있지 않은 1차원 배열이어야 합니다(받은 모양: {shape}, dtype: {dtype}).</translation>
    </message>
    <message>
        <source>Batch row indices must lie in 0..{number} (got {low}..{high}).</source>
        <translation>배치의 행 번호는 0..{number} 범위여야 합니다(받은 범위: {low}..{high}).</translation>
    </message>
    <message>
        <source>{text}: write settings as name=value separated by commas, e.g. sgd:lr=0.1,momentum=0.9</source>
        <translation>{text}: 설정은 sgd:lr=0.1,momentum=0.9처럼 쉼표로 구분한 name=value 형식으로 쓰세요</translation>
    </message>
    <message>
        <source>{text}: {value} is not a number (write e.g. lr=0.01, betas=0.9/0.999, nesterov=true)</source>
        <translation>{text}: {value} 값은 수가 아닙니다. lr=0.01, betas=0.9/0.999, nesterov=true처럼 쓰세요</translation>
    </message>
    <message>
        <source>{text}: write {instead} instead of {name}=... (the settings have PyTorch&apos;s names)</source>
        <translation>{text}: {name}=... 대신 {instead} 형식으로 쓰세요(설정 이름은 PyTorch를 따릅니다)</translation>
    </message>
    <message>
        <source>{text}: {optimizer} has no setting {name} (gradient clipping is not supported)</source>
        <translation>{text}: {optimizer}에는 {name} 설정이 없습니다(기울기 클리핑은 지원하지 않습니다)</translation>
    </message>
    <message>
        <source>{text}: {optimizer} has no setting {name}; its settings are {settings}</source>
        <translation>{text}: {optimizer}에는 {name} 설정이 없습니다. 쓸 수 있는 설정: {settings}</translation>
    </message>
    <message>
        <source>{text}: betas takes two numbers separated by a slash, e.g. betas=0.9/0.999 (got betas={value})</source>
        <translation>{text}: betas에는 betas=0.9/0.999처럼 빗금(/)으로 구분한 두 수를 쓰세요(받은 값: betas={value})</translation>
    </message>
    <message>
        <source>{text}: in betas=B1/B2, B1 must be in [0, 1) (got {value})</source>
        <translation>{text}: betas=B1/B2의 B1은 [0, 1) 범위여야 합니다(받은 값: {value})</translation>
    </message>
    <message>
        <source>{text}: in betas=B1/B2, B2 must be in [0, 1) (got {value})</source>
        <translation>{text}: betas=B1/B2의 B2는 [0, 1) 범위여야 합니다(받은 값: {value})</translation>
    </message>
    <message>
        <source>{text}: {name} takes one number, e.g. {name}=0.1 (got {name}={value})</source>
        <translation>{text}: {name}에는 {name}=0.1처럼 수 하나를 쓰세요(받은 값: {name}={value})</translation>
    </message>
    <message>
        <source>{text}: {name} is true or false, e.g. {name}=true (got {name}={value})</source>
        <translation>{text}: {name}에는 {name}=true처럼 true나 false를 쓰세요(받은 값: {name}={value})</translation>
    </message>
    <message>
        <source>{text}: nesterov=true needs momentum above 0 and dampening=0, e.g. sgd:lr=0.1,momentum=0.9,nesterov=true</source>
        <translation>{text}: nesterov=true에는 0보다 큰 momentum과 dampening=0이 필요합니다. 예: sgd:lr=0.1,momentum=0.9,nesterov=true</translation>
    </message>
    <message>
        <source>{text}: {reason}</source>
        <translation>{text}: {reason}</translation>
    </message>
    <message>
        <source>augmentation needs images of shape (n, 784) or (n, H, W), got {shape}</source>
        <translation>데이터 증강에는 (n, 784)나 (n, H, W) 모양의 이미지가 필요합니다(받은 모양: {shape})</translation>
    </message>
    <message>
        <source>problem must be one of {choices}, not {problem}</source>
        <translation>problem은 {choices} 중 하나여야 합니다(받은 값: {problem})</translation>
    </message>
    <message>
        <source>x_{split} must be float32 of shape (n, d), got {dtype} {shape}</source>
        <translation>x_{split} 배열은 (n, d) 모양의 float32여야 합니다(받은 값: {dtype} {shape})</translation>
    </message>
    <message>
        <source>x_{split} has {rows_x} rows but y_{split} has {rows_y}</source>
        <translation>x_{split}의 행은 {rows_x}개인데 y_{split}의 행은 {rows_y}개입니다</translation>
    </message>
    <message>
        <source>x_test has {features_test} features but x_train has {features_train}</source>
        <translation>x_test의 특성은 {features_test}개인데 x_train의 특성은 {features_train}개입니다</translation>
    </message>
    <message>
        <source>multiclass y_{split} must be int64 labels of shape (n,), got {dtype} {shape}</source>
        <translation>다중 클래스 y_{split} 배열은 (n,) 모양의 int64 레이블이어야 합니다(받은 값: {dtype} {shape})</translation>
    </message>
    <message>
        <source>y_{split} has labels outside 0..{number}</source>
        <translation>y_{split}에 0..{number} 범위를 벗어난 레이블이 있습니다</translation>
    </message>
    <message>
        <source>{problem} y_{split} must be float32 of shape (n, {n_classes}), got {dtype} {shape}</source>
        <translation>{problem} 데이터의 y_{split} 배열은 (n, {n_classes}) 모양의 float32여야 합니다(받은 값: {dtype} {shape})</translation>
    </message>
    <message>
        <source>a {problem} dataset has n_classes=1 (one output unit), not {n_classes}</source>
        <translation>{problem} 데이터셋의 n_classes는 1(출력 유닛 하나)이어야 합니다(받은 값: {n_classes})</translation>
    </message>
    <message>
        <source>a {problem} dataset has no class labels</source>
        <translation>{problem} 데이터셋에는 클래스 레이블이 없습니다</translation>
    </message>
    <message>
        <source>new points must have {input_dim} coordinates, got shape {shape}</source>
        <translation>새 점에는 좌표가 {input_dim}개 있어야 합니다(받은 모양: {shape})</translation>
    </message>
    <message>
        <source>new points must have finite coordinates</source>
        <translation>새 점의 좌표는 유한한 수여야 합니다</translation>
    </message>
    <message numerus="yes">
        <source>there is no point {index} in the {split} set (%n point(s))</source>
        <translation>
            <numerusform>{split} 세트에는 {index}번 점이 없습니다(점 %n개).</numerusform>
        </translation>
    </message>
    <message>
        <source>split must be &apos;train&apos; or &apos;test&apos;, not {split}</source>
        <translation>split은 &apos;train&apos;이나 &apos;test&apos;여야 합니다(받은 값: {split})</translation>
    </message>
    <message>
        <source>multilabel targets must be 0 or 1</source>
        <translation>다중 레이블 목표값은 0이나 1이어야 합니다</translation>
    </message>
    <message>
        <source>got {m} new points but {shape} targets</source>
        <translation>새 점은 {m}개인데 목표값은 {shape}개입니다</translation>
    </message>
    <message>
        <source>regression targets must be finite numbers</source>
        <translation>회귀 목표값은 유한한 수여야 합니다</translation>
    </message>
    <message>
        <source>the class of a new point must be an integer 0..{last}, got {labels}</source>
        <translation>새 점의 클래스는 0..{last} 범위의 정수여야 합니다(받은 값: {labels})</translation>
    </message>
    <message>
        <source>LeakyReLU slope alpha must be in [0, 1) (got {value}).</source>
        <translation>LeakyReLU의 기울기 alpha는 [0, 1) 범위여야 합니다(받은 값: {value}).</translation>
    </message>
    <message>
        <source>An activation must be a name such as &apos;relu&apos; (got {value}).</source>
        <translation>활성화 함수는 &apos;relu&apos; 같은 이름으로 주세요(받은 값: {value}).</translation>
    </message>
    <message>
        <source>Unknown activation {name}; choose one of {choices}.</source>
        <translation>알 수 없는 활성화 함수 {name}. 다음 중에서 고르세요: {choices}.</translation>
    </message>
    <message>
        <source>Bad settings for activation {name}: {reason}</source>
        <translation>활성화 함수 {name}의 설정에 문제가 있습니다: {reason}</translation>
    </message>
    <message>
        <source>A batch stream needs at least one sample (got n={n}).</source>
        <translation>배치 스트림에는 샘플이 하나 이상 있어야 합니다(받은 값: n={n}).</translation>
    </message>
    <message>
        <source>batch_size must be a positive integer (got {batch_size}).</source>
        <translation>batch_size는 양의 정수여야 합니다(받은 값: {batch_size}).</translation>
    </message>
    <message>
        <source>Give a shuffled BatchStream either its own seed or a Generator (rng), not both.</source>
        <translation>섞는 BatchStream에는 자체 시드나 Generator(rng) 중 하나만 주세요. 둘 다 주면 안 됩니다.</translation>
    </message>
    <message>
        <source>The seed must be a non-negative integer (got {seed}).</source>
        <translation>시드는 0 이상의 정수여야 합니다(받은 값: {seed}).</translation>
    </message>
    <message>
        <source>This stream draws from a Generator in sequence: epoch {next_drawn} comes next, not {epoch}. Give the stream its own seed to share it.</source>
        <translation>이 스트림은 Generator에서 차례대로 뽑으므로 다음 차례는 에폭 {next_drawn}입니다(요청한 에폭: {epoch}). 함께 쓰려면 스트림에 자체 시드를 주세요.</translation>
    </message>
    <message>
        <source>The order to continue with is not a permutation of the {n} rows.</source>
        <translation>이어서 쓸 순서가 행 {n}개의 순열이 아닙니다.</translation>
    </message>
    <message>
        <source>An epoch has batches 0..{last}, not {batch}.</source>
        <translation>에폭 하나의 배치 번호는 0..{last} 범위입니다(받은 값: {batch}).</translation>
    </message>
    <message>
        <source>Only a stream with its own seed has a fingerprint that does not consume it.</source>
        <translation>자체 시드가 있는 스트림만 난수를 소비하지 않는 지문을 가집니다.</translation>
    </message>
    <message>
        <source>EarlyStopping cannot monitor {value}; choose loss, accuracy, val_loss or val_accuracy.</source>
        <translation>EarlyStopping은 {value} 값을 지켜볼 수 없습니다. loss, accuracy, val_loss, val_accuracy 중에서 고르세요.</translation>
    </message>
    <message>
        <source>patience must be &gt;= 0 (got {value}).</source>
        <translation>patience는 0 이상이어야 합니다(받은 값: {value}).</translation>
    </message>
    <message>
        <source>weight_check_every must be a whole number &gt;= 1 (got {value}).</source>
        <translation>weight_check_every는 1 이상의 정수여야 합니다(받은 값: {value}).</translation>
    </message>
    <message>
        <source>Gradient checks need a float64 model: Sequential(..., dtype=&apos;float64&apos;).</source>
        <translation>기울기 검사에는 float64 모델이 필요합니다: Sequential(..., dtype=&apos;float64&apos;).</translation>
    </message>
    <message>
        <source>Compile the model first: the gradient check needs its loss.</source>
        <translation>먼저 모델을 컴파일하세요. 기울기 검사에는 모델의 손실 함수가 필요합니다.</translation>
    </message>
    <message>
        <source>stddev must be &gt;= 0 (got {value}).</source>
        <translation>stddev는 0 이상이어야 합니다(받은 값: {value}).</translation>
    </message>
    <message>
        <source>limit must be &gt;= 0 (got {value}).</source>
        <translation>limit은 0 이상이어야 합니다(받은 값: {value}).</translation>
    </message>
    <message>
        <source>Explicit initial values have shape {shape}, but the layer needs {needed}.</source>
        <translation>직접 준 초깃값의 모양은 {shape}이지만 층에는 {needed} 모양이 필요합니다.</translation>
    </message>
    <message>
        <source>Bad settings for initializer {name}: {reason}</source>
        <translation>초기화 방법 {name}의 설정에 문제가 있습니다: {reason}</translation>
    </message>
    <message>
        <source>An initializer must be a name such as &apos;glorot_uniform&apos; or an array (got {value}).</source>
        <translation>초기화 방법은 &apos;glorot_uniform&apos; 같은 이름이나 배열로 주세요(받은 값: {value}).</translation>
    </message>
    <message>
        <source>Unknown initializer {name}; choose one of {choices}.</source>
        <translation>알 수 없는 초기화 방법 {name}. 다음 중에서 고르세요: {choices}.</translation>
    </message>
    <message>
        <source>{what} must be a positive integer (got {value}).</source>
        <translation>{what} 값은 양의 정수여야 합니다(받은 값: {value}).</translation>
    </message>
    <message>
        <source>Dense takes flat inputs: input_shape must be (n,) like (4,) and agree with input_dim (got input_shape={shape}, input_dim={dim}).</source>
        <translation>Dense 층은 평평한 입력을 받습니다. input_shape는 (4,)처럼 (n,) 형식이고 input_dim과 맞아야 합니다(받은 값: input_shape={shape}, input_dim={dim}).</translation>
    </message>
    <message>
        <source>Dense({units}) was declared with input_dim={dim}, but the layer before it gives {given} values.</source>
        <translation>Dense({units}) 층의 선언은 input_dim={dim}인데 앞 층은 값 {given}개를 냅니다.</translation>
    </message>
    <message>
        <source>The dropout rate must be in [0, 1) (got {value}).</source>
        <translation>드롭아웃 비율은 [0, 1) 범위여야 합니다(받은 값: {value}).</translation>
    </message>
    <message>
        <source>Sequential takes Dense and Dropout layers (got {kind}).</source>
        <translation>Sequential에는 Dense 층과 Dropout 층만 넣을 수 있습니다(받은 형식: {kind}).</translation>
    </message>
    <message>
        <source>{layer} already belongs to a model; create a new layer.</source>
        <translation>{layer} 층은 이미 다른 모델에 속해 있습니다. 새 층을 만드세요.</translation>
    </message>
    <message>
        <source>The model has no layers; add at least one Dense layer.</source>
        <translation>모델에 층이 없습니다. Dense 층을 하나 이상 추가하세요.</translation>
    </message>
    <message>
        <source>The last layer must be a Dense layer (the output layer), not Dropout.</source>
        <translation>마지막 층은 Dropout이 아니라 Dense 층(출력층)이어야 합니다.</translation>
    </message>
    <message>
        <source>The model does not know its input size yet: give the first Dense layer input_dim=..., or call fit/predict with data first.</source>
        <translation>모델이 아직 입력 크기를 모릅니다. 첫 Dense 층에 input_dim=...을 주거나 먼저 데이터로 fit/predict를 호출하세요.</translation>
    </message>
    <message>
        <source>Unknown metric {metric}; the only metric is &apos;accuracy&apos;.</source>
        <translation>알 수 없는 지표 {metric}. 쓸 수 있는 지표는 &apos;accuracy&apos; 하나뿐입니다.</translation>
    </message>
    <message>
        <source>Call model.compile(optimizer=..., loss=...) before training or evaluating.</source>
        <translation>학습하거나 평가하기 전에 model.compile(optimizer=..., loss=...)을 호출하세요.</translation>
    </message>
    <message>
        <source>x must be a 2-D array (samples, features); got shape {shape}.</source>
        <translation>x는 2차원 배열 (샘플, 특성)이어야 합니다(받은 모양: {shape}).</translation>
    </message>
    <message>
        <source>x must hold numbers (got dtype {dtype}).</source>
        <translation>x에는 수가 들어 있어야 합니다(받은 dtype: {dtype}).</translation>
    </message>
    <message>
        <source>The model expects {input_dim} input features, but x has {shape} columns.</source>
        <translation>모델은 입력 특성 {input_dim}개를 기대하지만 x의 열은 {shape}개입니다.</translation>
    </message>
    <message>
        <source>y must be an array of targets, one per sample.</source>
        <translation>y는 샘플마다 목표값이 하나씩 있는 배열이어야 합니다.</translation>
    </message>
    <message>
        <source>x has {n} samples but y has {count}.</source>
        <translation>x의 샘플은 {n}개인데 y의 샘플은 {count}개입니다.</translation>
    </message>
    <message>
        <source>y must hold numbers (got dtype {dtype}).</source>
        <translation>y에는 수가 들어 있어야 합니다(받은 dtype: {dtype}).</translation>
    </message>
    <message>
        <source>{name} needs integer class labels of shape (n,), got {shape}.</source>
        <translation>{name} 손실에는 (n,) 모양의 정수 클래스 레이블이 필요합니다(받은 모양: {shape}).</translation>
    </message>
    <message>
        <source>Class labels must be whole numbers 0, 1, ..., k-1.</source>
        <translation>클래스 레이블은 0, 1, ..., k-1의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>Class labels must lie in 0..{number} for {k} output units (found {low}..{high}).</source>
        <translation>출력 유닛이 {k}개이므로 클래스 레이블은 0..{number} 범위여야 합니다(찾은 범위: {low}..{high}).</translation>
    </message>
    <message numerus="yes">
        <source>y has shape {shape}, but the model has %n output unit(s): expected ({rows}, {k}).</source>
        <translation>
            <numerusform>y의 모양은 {shape}인데 모델의 출력 유닛은 %n개입니다. ({rows}, {k}) 모양이어야 합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>binary_crossentropy needs targets between 0 and 1 (the classes 0 and 1, or probabilities); y holds {bad}. Map the two classes to 0 and 1 first.</source>
        <translation>binary_crossentropy에는 0과 1 사이의 목표값(클래스 0과 1, 또는 확률)이 필요한데 y에 {bad} 값이 있습니다. 먼저 두 클래스를 0과 1로 바꾸세요.</translation>
    </message>
    <message>
        <source>train_on_batch needs at least one sample.</source>
        <translation>train_on_batch에는 샘플이 하나 이상 필요합니다.</translation>
    </message>
    <message>
        <source>The training set is empty.</source>
        <translation>학습 데이터가 비어 있습니다.</translation>
    </message>
    <message>
        <source>epochs must be a non-negative integer or None (got {epochs}).</source>
        <translation>epochs는 0 이상의 정수나 None이어야 합니다(받은 값: {epochs}).</translation>
    </message>
    <message>
        <source>validation_data must be a pair (x_val, y_val).</source>
        <translation>validation_data는 (x_val, y_val) 쌍이어야 합니다.</translation>
    </message>
    <message>
        <source>The batch stream covers {n_stream} samples, but x has {n_x}.</source>
        <translation>배치 스트림은 샘플 {n_stream}개를 다루지만 x에는 샘플이 {n_x}개 있습니다.</translation>
    </message>
    <message>
        <source>The run stopped after batch {batch}, but an epoch has {batches}.</source>
        <translation>실행은 배치 {batch} 다음에 멈췄지만 에폭 하나의 배치는 {batches}개입니다.</translation>
    </message>
    <message>
        <source>validation_split must be between 0 and 1 (got {validation_split}).</source>
        <translation>validation_split은 0과 1 사이여야 합니다(받은 값: {validation_split}).</translation>
    </message>
    <message>
        <source>validation_split={validation_split} of {n} samples leaves no training or no validation samples; use a larger data set or another fraction.</source>
        <translation>샘플 {n}개를 validation_split={validation_split} 비율로 나누면 학습 샘플이나 검증 샘플이 남지 않습니다. 더 큰 데이터셋이나 다른 비율을 쓰세요.</translation>
    </message>
    <message>
        <source>Callbacks must derive from nnstudio.engine.callbacks.Callback (got {cb}).</source>
        <translation>콜백은 nnstudio.engine.callbacks.Callback을 상속해야 합니다(받은 값: {cb}).</translation>
    </message>
    <message>
        <source>Cannot evaluate on an empty data set.</source>
        <translation>빈 데이터셋으로는 평가할 수 없습니다.</translation>
    </message>
    <message>
        <source>set_weights needs {needed} arrays [W1, b1, ...] (got {given}).</source>
        <translation>set_weights에는 배열 {needed}개 [W1, b1, ...]가 필요합니다(받은 개수: {given}).</translation>
    </message>
    <message>
        <source>{what} must have shape {expected} (got {given}).</source>
        <translation>{what} 배열에는 {expected} 모양이 필요합니다(받은 모양: {given}).</translation>
    </message>
    <message>
        <source>{what} must hold numbers (got dtype {dtype}).</source>
        <translation>{what} 배열에는 수가 들어 있어야 합니다(받은 dtype: {dtype}).</translation>
    </message>
    <message>
        <source>The model has no weights yet (its input size is unknown); train or build it first.</source>
        <translation>모델에 아직 가중치가 없습니다(입력 크기를 모릅니다). 먼저 학습하거나 build하세요.</translation>
    </message>
    <message>
        <source>optimizer state &apos;{slot}&apos; has entries {entries}, but the model has {n} parameter arrays</source>
        <translation>옵티마이저 상태 &apos;{slot}&apos;의 항목은 {entries}인데 모델의 매개변수 배열은 {n}개입니다</translation>
    </message>
    <message>
        <source>optimizer state &apos;{slot}.{i}&apos; has shape {state_shape}, parameter {i} has shape {param_shape}</source>
        <translation>옵티마이저 상태 &apos;{slot}.{i}&apos;의 모양은 {state_shape}인데 매개변수 {i}의 모양은 {param_shape}입니다</translation>
    </message>
    <message>
        <source>{name} holds NaN or infinite values (the first at row {row}, column {col}); remove those samples or fill in the missing values first.</source>
        <translation>{name}에 NaN이나 무한대 값이 있습니다(첫 번째: 행 {row}, 열 {col}). 먼저 그 샘플을 지우거나 빠진 값을 채우세요.</translation>
    </message>
    <message>
        <source>dtype must be &apos;float32&apos; or &apos;float64&apos; (got {dtype}).</source>
        <translation>dtype은 &apos;float32&apos;나 &apos;float64&apos;여야 합니다(받은 값: {dtype}).</translation>
    </message>
    <message>
        <source>L1 and L2 strengths must be finite numbers &gt;= 0 (got l1={l1}, l2={l2}).</source>
        <translation>L1, L2 세기는 0 이상의 유한한 수여야 합니다(받은 값: l1={l1}, l2={l2}).</translation>
    </message>
    <message>
        <source>Bad regularizer settings {value}: {reason}</source>
        <translation>정규화 설정 {value}에 문제가 있습니다: {reason}</translation>
    </message>
    <message>
        <source>A kernel regularizer must be L1L2(l1=..., l2=...) or None (got {value}).</source>
        <translation>가중치 정규화는 L1L2(l1=..., l2=...)나 None이어야 합니다(받은 값: {value}).</translation>
    </message>
    <message>
        <source>A point on a surface is two finite numbers (x, y), got {point}.</source>
        <translation>곡면 위의 점은 유한한 두 수 (x, y)여야 합니다(받은 값: {point}).</translation>
    </message>
    <message>
        <source>The bowl&apos;s condition number kappa must be a number &gt;= 1, got {kappa}.</source>
        <translation>그릇 곡면의 조건수 kappa는 1 이상의 수여야 합니다(받은 값: {kappa}).</translation>
    </message>
    <message>
        <source>A surface has two axes: give two weights, got {count}.</source>
        <translation>곡면의 축은 둘입니다. 가중치 두 개를 주세요(받은 개수: {count}).</translation>
    </message>
    <message>
        <source>A weight is (layer, row, column) or (layer, unit) with layer in 0..{number}, got {weight}.</source>
        <translation>가중치는 (층, 행, 열)이나 (층, 유닛) 형식이고 층 번호는 0..{number} 범위여야 합니다(받은 값: {weight}).</translation>
    </message>
    <message>
        <source>{value} does not exist: that array has shape {shape}.</source>
        <translation>{value} 가중치는 없습니다. 그 배열의 모양은 {shape}입니다.</translation>
    </message>
    <message>
        <source>Unknown surface {identifier}; choose one of {choices}.</source>
        <translation>알 수 없는 곡면 {identifier}. 다음 중에서 고르세요: {choices}.</translation>
    </message>
    <message>
        <source>Bad settings for the surface {identifier}: {exc}</source>
        <translation>곡면 {identifier}의 설정에 문제가 있습니다: {exc}</translation>
    </message>
    <message>
        <source>steps must be a whole number &gt;= 0, got {steps}.</source>
        <translation>steps는 0 이상의 정수여야 합니다(받은 값: {steps}).</translation>
    </message>
    <message>
        <source>noise is a standard deviation: a number &gt;= 0, got {noise}.</source>
        <translation>noise는 표준편차이므로 0 이상의 수여야 합니다(받은 값: {noise}).</translation>
    </message>
    <message>
        <source>The template network does not know its input size yet: give its first Dense layer input_dim=..., or build it with model.build(features).</source>
        <translation>기준 네트워크가 아직 입력 크기를 모릅니다. 첫 Dense 층에 input_dim=...을 주거나 model.build(features)로 만드세요.</translation>
    </message>
    <message>
        <source>Compile the template network first (model.compile(optimizer=..., loss=...)): its loss and metrics are every copy&apos;s.</source>
        <translation>먼저 기준 네트워크를 컴파일하세요(model.compile(optimizer=..., loss=...)). 그 손실 함수와 지표를 모든 복사본이 씁니다.</translation>
    </message>
    <message>
        <source>This network has no accuracy metric (a regression): use a target loss instead.</source>
        <translation>이 네트워크에는 정확도 지표가 없습니다(회귀). 대신 목표 손실을 쓰세요.</translation>
    </message>
    <message>
        <source>chunk must be a whole number &gt;= 1, got {chunk}.</source>
        <translation>chunk는 1 이상의 정수여야 합니다(받은 값: {chunk}).</translation>
    </message>
    <message>
        <source>Learning rates to try must be numbers &gt; 0, got {rates}.</source>
        <translation>시험할 학습률은 0보다 큰 수여야 합니다(받은 값: {rates}).</translation>
    </message>
    <message>
        <source>Give the contestants as a mapping name -&gt; optimizer (a name, a config dict or an optimizer), e.g. {{&apos;sgd&apos;: {{&apos;name&apos;: &apos;sgd&apos;, &apos;lr&apos;: 0.1}}, &apos;adam&apos;: &apos;adam&apos;}}.</source>
        <translation>참가자는 이름 -&gt; 옵티마이저(이름, 설정 dict, 옵티마이저) 매핑으로 주세요. 예: {{&apos;sgd&apos;: {{&apos;name&apos;: &apos;sgd&apos;, &apos;lr&apos;: 0.1}}, &apos;adam&apos;: &apos;adam&apos;}}.</translation>
    </message>
    <message>
        <source>An optimizer is a name, a config dict or an Optimizer, got {kind}.</source>
        <translation>옵티마이저는 이름, 설정 dict, Optimizer 중 하나로 주세요(받은 형식: {kind}).</translation>
    </message>
    <message>
        <source>seeds must be a list of whole numbers &gt;= 0, e.g. range(20); got {seeds}.</source>
        <translation>seeds는 range(20)처럼 0 이상의 정수 목록이어야 합니다(받은 값: {seeds}).</translation>
    </message>
    <message>
        <source>seeds must be a non-empty list of whole numbers &gt;= 0, got {seeds}.</source>
        <translation>seeds는 0 이상의 정수로 된, 비어 있지 않은 목록이어야 합니다(받은 값: {seeds}).</translation>
    </message>
    <message>
        <source>steps must be a whole number &gt;= 1, got {steps}.</source>
        <translation>steps는 1 이상의 정수여야 합니다(받은 값: {steps}).</translation>
    </message>
    <message>
        <source>batch_size must be a whole number &gt;= 1 or None (full batch), got {batch_size}.</source>
        <translation>batch_size는 1 이상의 정수나 None(전체 배치)이어야 합니다(받은 값: {batch_size}).</translation>
    </message>
    <message>
        <source>The seed sweep does not know the loss {name}.</source>
        <translation>시드 스윕에 손실 {name} 항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Examples</name>
    <message>
        <source>XOR: watch a 2-2-1 network learn it</source>
        <translation>XOR: 2-2-1 신경망이 배우는 과정 보기</translation>
    </message>
    <message>
        <source>The lecture&apos;s four XOR points and its 2-2-1 sigmoid network, trained by SGD with learning rate 3 in slow motion: press Run and watch the boundary bend into place.</source>
        <translation>강의의 XOR 점 네 개와 2-2-1 sigmoid 신경망을 학습률 3의 SGD로 천천히 학습시킵니다. 실행을 누르고 경계가 휘어지며 제자리를 찾는 모습을 지켜보세요.</translation>
    </message>
    <message>
        <source>XOR by hand: the lecture&apos;s weights</source>
        <translation>손으로 푸는 XOR: 강의의 가중치</translation>
    </message>
    <message>
        <source>The lecture&apos;s hand-set weights (w = (5, 5), b = −8; w = (−7, −7), b = 3; output w = (−11, −11), b = 6) solve XOR without training. Click a weight to change it and see what breaks.</source>
        <translation>강의에서 손으로 정한 가중치(w = (5, 5), b = −8; w = (−7, −7), b = 3; 출력 w = (−11, −11), b = 6)는 학습 없이도 XOR을 풉니다. 가중치를 클릭해 바꿔 보고 무엇이 깨지는지 보세요.</translation>
    </message>
    <message>
        <source>The vanishing gradient: a deep sigmoid network</source>
        <translation>기울기 소실: 깊은 sigmoid 신경망</translation>
    </message>
    <message>
        <source>Five hidden sigmoid layers on the circle, plain SGD 0.5. Watch the gradient view: the lines stand like a staircase, each layer&apos;s gradient several times smaller than the next one&apos;s, the first layer&apos;s orders of magnitude below the last — and the network does not learn.</source>
        <translation>원 데이터에 sigmoid 은닉층 다섯 개, 보통 SGD 0.5. 기울기 그래프를 보세요: 선들이 계단처럼 늘어서서 각 층의 기울기가 다음 층보다 몇 배씩 작고, 첫 층은 마지막 층보다 몇 자릿수나 작습니다. 그리고 신경망은 학습하지 못합니다.</translation>
    </message>
    <message>
        <source>The cure: the same deep network with leaky ReLU and He</source>
        <translation>해결책: 같은 깊은 신경망에 leaky ReLU와 He 초기화</translation>
    </message>
    <message>
        <source>The same five hidden layers with leaky ReLU (its derivative is 1 for positive inputs, never 0) and He initialization, SGD 0.1: the gradients of all layers stay of one size, and the circle is learnt.</source>
        <translation>같은 은닉층 다섯 개에 leaky ReLU(양수 입력에서 도함수가 1이고, 0이 되는 일이 없음)와 He 초기화, SGD 0.1: 모든 층의 기울기가 비슷한 크기로 유지되고 원을 학습합니다.</translation>
    </message>
    <message>
        <source>Spirals: a deeper tanh network</source>
        <translation>나선: 더 깊은 tanh 신경망</translation>
    </message>
    <message>
        <source>Two interleaved spirals need several layers: 8-8-6 tanh units with Adam. Each neuron shows its output over the plane.</source>
        <translation>서로 감긴 두 나선에는 여러 층이 필요합니다: Adam으로 학습하는 8-8-6 tanh 유닛. 뉴런마다 평면 위에서의 출력을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Three classes: softmax and cross-entropy</source>
        <translation>클래스 세 개: softmax와 교차 엔트로피</translation>
    </message>
    <message>
        <source>A three-arm spiral: one output unit per class, softmax, categorical cross-entropy (the lecture&apos;s table).</source>
        <translation>세 갈래 나선: 클래스마다 출력 유닛 하나, softmax, 범주형 교차 엔트로피(강의의 표).</translation>
    </message>
    <message>
        <source>Regression: fit a sine</source>
        <translation>회귀: 사인 곡선 맞추기</translation>
    </message>
    <message>
        <source>One input, one linear output, mean squared error: the network&apos;s curve bends onto the noisy sine.</source>
        <translation>입력 하나, 선형 출력 하나, 평균 제곱 오차: 신경망의 곡선이 노이즈 섞인 사인 곡선에 맞게 휘어집니다.</translation>
    </message>
    <message>
        <source>MNIST: 784-128-64-10 ReLU</source>
        <translation>MNIST: 784-128-64-10 ReLU</translation>
    </message>
    <message>
        <source>Handwritten digits: about 97 % test accuracy after two epochs. Open the drawing pad (Ctrl+D) and ask the studio&apos;s model.</source>
        <translation>손글씨 숫자: 두 에폭 뒤 테스트 정확도 약 97%. 그리기 패드(Ctrl+D)를 열고 스튜디오의 모델에게 물어보세요.</translation>
    </message>
    <message>
        <source>MNIST as in Nielsen&apos;s book: quadratic cost, SGD 3.0</source>
        <translation>Nielsen의 책처럼 MNIST: 이차 비용, SGD 3.0</translation>
    </message>
    <message>
        <source>Nielsen&apos;s [784, 30, 10] sigmoid network with the quadratic cost, SGD η = 3.0 and mini-batches of 10: about 95 % after three epochs.</source>
        <translation>Nielsen의 [784, 30, 10] sigmoid 신경망에 이차 비용, SGD η = 3.0, 미니배치 10: 세 에폭 뒤 약 95%.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Image File (PNG, TIF, JPG, ...)</source>
        <translation>이미지 파일 (PNG, TIF, JPG, ...)</translation>
    </message>
    <message>
        <source>CSV of original plot data</source>
        <translation>원본 그래프 데이터 CSV</translation>
    </message>
    <message>
        <source>Scalable Vector Graphics (SVG)</source>
        <translation>SVG 벡터 그래픽</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>프린터</translation>
    </message>
    <message>
        <source>HDF5 Export: plot (x,y)</source>
        <translation>HDF5 내보내기: 그래프 (x,y)</translation>
    </message>
    <message>
        <source>Matplotlib Window</source>
        <translation>Matplotlib 창</translation>
    </message>
    <message>
        <source>width</source>
        <translation>너비</translation>
    </message>
    <message>
        <source>height</source>
        <translation>높이</translation>
    </message>
    <message>
        <source>antialias</source>
        <translation>안티앨리어싱</translation>
    </message>
    <message>
        <source>background</source>
        <translation>배경</translation>
    </message>
    <message>
        <source>invertValue</source>
        <translation>값 반전</translation>
    </message>
    <message>
        <source>separator</source>
        <translation>구분자</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <source>columnMode</source>
        <translation>열 배치</translation>
    </message>
    <message>
        <source>scaling stroke</source>
        <translation>선 굵기 비례</translation>
    </message>
    <message>
        <source>Scalable Vector Graphics</source>
        <translation>SVG 벡터 그래픽</translation>
    </message>
    <message>
        <source>Print Document</source>
        <translation>문서 인쇄</translation>
    </message>
</context>
<context>
    <name>FASHION_CLASSES</name>
    <message>
        <source>T-shirt/top</source>
        <translation>티셔츠/탑</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>바지</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>풀오버</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>드레스</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>코트</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>샌들</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>셔츠</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>운동화</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>가방</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>앵클부츠</translation>
    </message>
</context>
<context>
    <name>FairnessCard</name>
    <message>
        <source>Same start, same batches</source>
        <translation>같은 출발점, 같은 배치</translation>
    </message>
    <message>
        <source>A fingerprint is a short digest: equal fingerprints mean equal numbers. Every contestant is a copy of one network (one weights fingerprint) and gets the very same batches in the same order (one batch fingerprint, updated with every step) — unlike demos that build each network with its own random weights.</source>
        <translation>지문은 짧은 요약값으로, 지문이 같으면 숫자도 같습니다. 모든 참가자는 한 신경망의 복사본이고(가중치 지문 하나), 똑같은 배치를 같은 순서로 받습니다(배치 지문 하나, 스텝마다 갱신). 신경망마다 따로 무작위 가중치를 만드는 데모와는 다릅니다.</translation>
    </message>
    <message numerus="yes">
        <source>Every contestant starts at ({0:.3g}, {1:.3g}) and takes %n step(s) with the same optimizer code that trains networks; with gradient noise, all get the same draws.</source>
        <translation>
            <numerusform>모든 참가자가 ({0:.3g}, {1:.3g})에서 출발해, 신경망을 학습시키는 것과 같은 옵티마이저 코드로 %n 스텝을 밟습니다. 기울기 노이즈가 있으면 모두 같은 난수를 받습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seed s gives the initial weights that seed draws and the batch order of seed s — the same for every contestant: %n start(s), seeds {0} to {1}.</source>
        <translation>
            <numerusform>시드 s는 그 시드로 뽑은 초기 가중치와 시드 s의 배치 순서를 뜻하며, 모든 참가자에게 같습니다: 출발점 %n개, 시드 {0}부터 {1}까지.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Initial weights: &lt;tt&gt;&lt;b&gt;{0}&lt;/b&gt;&lt;/tt&gt;, the same for every contestant.&lt;br&gt;Batches: &lt;tt&gt;&lt;b&gt;{1}&lt;/b&gt;&lt;/tt&gt; after %n step(s), the same for all.</source>
        <translation>
            <numerusform>초기 가중치: &lt;tt&gt;&lt;b&gt;{0}&lt;/b&gt;&lt;/tt&gt;, 모든 참가자에게 같음.&lt;br&gt;배치: %n 스텝 뒤 &lt;tt&gt;&lt;b&gt;{1}&lt;/b&gt;&lt;/tt&gt;, 모두 같음.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Link Axis:</source>
        <translation>축 연결:</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Links this axis with another view. When linked, both views will display the same data range.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;이 축을 다른 보기와 연결합니다. 연결하면 두 보기가 같은 데이터 범위를 보여 줍니다.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Percent of data to be visible when auto-scaling. It may be useful to decrease this value for data with spiky noise.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;자동 맞춤 때 보이게 할 데이터의 비율입니다. 뾰족한 잡음이 있는 데이터라면 값을 낮추는 것이 좋을 수 있습니다.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Automatically resize this axis whenever the displayed data is changed.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;보이는 데이터가 바뀔 때마다 이 축의 범위를 자동으로 맞춥니다.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Set the range for this axis manually. This disables automatic scaling. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;이 축의 범위를 직접 정합니다. 자동 맞춤이 꺼집니다. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>수동</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Minimum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;이 축에 보일 최솟값입니다.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Maximum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;이 축에 보일 최댓값입니다.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Inverts the display of this axis. (+y points downward instead of upward)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;이 축의 방향을 뒤집습니다(+y가 위가 아니라 아래를 향함).&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Invert Axis</source>
        <translation>축 뒤집기</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Enables mouse interaction (panning, scaling) for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;이 축에서 마우스로 이동·확대를 할 수 있게 합니다.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Mouse Enabled</source>
        <translation>마우스 사용</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will only auto-scale to data that is visible along the orthogonal axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;켜면 다른 축 방향으로 보이는 데이터만 가지고 이 축을 자동으로 맞춥니다.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Visible Data Only</source>
        <translation>보이는 데이터만</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will automatically pan to center on the current data, but the scale along this axis will not change.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;켜면 이 축이 현재 데이터를 가운데 두도록 자동으로 이동하지만, 눈금 크기는 바뀌지 않습니다.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Auto Pan Only</source>
        <translation>자동 이동만</translation>
    </message>
    <message>
        <source>Display averages of the curves displayed in this plot. The parameter list allows you to choose parameters to average over (if any are available).</source>
        <translation>이 그래프에 나온 곡선들의 평균을 보여 줍니다. 매개변수 목록에서 평균을 낼 매개변수를 고를 수 있습니다(있는 경우).</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>Plot only the portion of each curve that is visible. This assumes X values are uniformly spaced.</source>
        <translation>각 곡선에서 보이는 부분만 그립니다. X 값이 고른 간격이라고 가정합니다.</translation>
    </message>
    <message>
        <source>Clip to View</source>
        <translation>보이는 부분만 그리기</translation>
    </message>
    <message>
        <source>If multiple curves are displayed in this plot, check this box to limit the number of traces that are displayed.</source>
        <translation>이 그래프에 곡선이 여러 개 있을 때, 켜면 보여 줄 곡선 수를 제한합니다.</translation>
    </message>
    <message>
        <source>Max Traces:</source>
        <translation>최대 곡선 수:</translation>
    </message>
    <message>
        <source>Downsample</source>
        <translation>다운샘플링</translation>
    </message>
    <message>
        <source>Downsample by drawing a saw wave that follows the min and max of the original data. This method produces the best visual representation of the data but is slower.</source>
        <translation>원래 데이터의 최솟값과 최댓값을 따라가는 톱니파를 그려 다운샘플링합니다. 데이터를 가장 잘 보여 주지만 더 느립니다.</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>최대·최소</translation>
    </message>
    <message>
        <source>If multiple curves are displayed in this plot, check &quot;Max Traces&quot; and set this value to limit the number of traces that are displayed.</source>
        <translation>이 그래프에 곡선이 여러 개 있을 때, &quot;최대 곡선 수&quot;를 켜고 이 값을 정하면 보여 줄 곡선 수를 제한합니다.</translation>
    </message>
    <message>
        <source>If MaxTraces is checked, remove curves from memory after they are hidden (saves memory, but traces can not be un-hidden).</source>
        <translation>최대 곡선 수를 켠 경우, 숨겨진 곡선을 메모리에서 지웁니다(메모리를 아끼지만 다시 보이게 할 수 없습니다).</translation>
    </message>
    <message>
        <source>Forget hidden traces</source>
        <translation>숨긴 곡선 지우기</translation>
    </message>
    <message>
        <source>Downsample by taking the mean of N samples.</source>
        <translation>N개 샘플의 평균을 취해 다운샘플링합니다.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>Downsample by taking the first of N samples. This method is fastest and least accurate.</source>
        <translation>N개 샘플 중 첫 번째를 취해 다운샘플링합니다. 가장 빠르지만 가장 부정확합니다.</translation>
    </message>
    <message>
        <source>Subsample</source>
        <translation>건너뛰기</translation>
    </message>
    <message>
        <source>Automatically downsample data based on the visible range. This assumes X values are uniformly spaced.</source>
        <translation>보이는 범위에 따라 데이터를 자동으로 다운샘플링합니다. X 값이 고른 간격이라고 가정합니다.</translation>
    </message>
    <message>
        <source>Downsample data before plotting. (plot every Nth sample)</source>
        <translation>그리기 전에 데이터를 다운샘플링합니다(N번째 샘플마다 그림).</translation>
    </message>
    <message>
        <source>Log X</source>
        <translation>로그 X</translation>
    </message>
    <message>
        <source>Power Spectrum (FFT)</source>
        <translation>파워 스펙트럼 (FFT)</translation>
    </message>
    <message>
        <source>Log Y</source>
        <translation>로그 Y</translation>
    </message>
    <message>
        <source>Subtract Mean</source>
        <translation>평균 빼기</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>점</translation>
    </message>
    <message>
        <source>Show X Grid</source>
        <translation>X 격자 표시</translation>
    </message>
    <message>
        <source>Show Y Grid</source>
        <translation>Y 격자 표시</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>불투명도</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>투명도</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Item to export:</source>
        <translation>내보낼 항목:</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>내보낼 형식</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Export options</source>
        <translation>내보내기 옵션</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
</context>
<context>
    <name>GlossaryView</name>
    <message>
        <source>Find a term…</source>
        <translation>용어 찾기…</translation>
    </message>
</context>
<context>
    <name>GradientPlot</name>
    <message>
        <source>layer 1: {ratio}× smaller than layer {last}</source>
        <translation>층 1: 층 {last}보다 {ratio}배 작음</translation>
    </message>
    <message>
        <source>layer 1: {ratio}× larger than layer {last}</source>
        <translation>층 1: 층 {last}보다 {ratio}배 큼</translation>
    </message>
    <message>
        <source>layer 1: about as large as layer {last}</source>
        <translation>층 1: 층 {last}의 크기와 비슷함</translation>
    </message>
    <message>
        <source>bars: norm ‖g‖</source>
        <translation>막대: 노름 ‖g‖</translation>
    </message>
    <message>
        <source>bars: mean |g|</source>
        <translation>막대: 평균 |g|</translation>
    </message>
    <message>
        <source>How the bars measure a layer&apos;s gradient: its norm (grows with the layer&apos;s size) or the mean absolute value of one weight&apos;s gradient (compares layers of different sizes fairly).</source>
        <translation>막대가 층의 기울기를 재는 방법: 노름(층이 클수록 커짐) 또는 가중치 하나의 기울기 절댓값 평균(크기가 다른 층끼리 공정하게 비교).</translation>
    </message>
    <message>
        <source>‖∂L/∂W‖</source>
        <translation>‖∂L/∂W‖</translation>
    </message>
    <message>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <source>gradient of each layer&apos;s weights</source>
        <translation>층별 가중치의 기울기</translation>
    </message>
    <message>
        <source>now: W solid, b light</source>
        <translation>현재: W 진하게, b 옅게</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>층</translation>
    </message>
    <message>
        <source>saturated, dead ReLU ▨</source>
        <translation>포화, 죽은 ReLU ▨</translation>
    </message>
    <message>
        <source>Gradient norm per layer: if the first layers&apos; lines sit orders of magnitude below the last ones, the gradient is vanishing.</source>
        <translation>층별 기울기 노름: 앞쪽 층의 선이 뒤쪽 층보다 몇 자릿수나 아래에 있으면 기울기 소실입니다.</translation>
    </message>
    <message>
        <source>Each layer&apos;s gradient at the current step on a log axis (one grid line is a factor of ten): weights solid, biases light.</source>
        <translation>현재 스텝에서 각 층의 기울기를 로그 축에 나타냅니다(격자선 한 칸이 10배). 가중치는 진하게, 편향은 옅게 그립니다.</translation>
    </message>
    <message>
        <source>Share of saturated sigmoid/tanh outputs (solid) and of dead ReLU units (hatched) per layer: both pass almost no gradient back.</source>
        <translation>층마다 포화된 sigmoid/tanh 출력(진한 막대)과 죽은 ReLU 유닛(빗금)의 비율입니다. 둘 다 기울기를 거의 뒤로 전달하지 못합니다.</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>The computational graph. With the keyboard focus on it, Space or Enter takes the next step (as S) and the arrow keys scroll a graph wider than the view.</source>
        <translation>계산 그래프입니다. 키보드 포커스가 그래프에 있으면 Space 키나 Enter 키로 다음 단계로 넘어가고(S 키와 같습니다), 화면보다 넓은 그래프는 화살표 키로 스크롤합니다.</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <source>Export...</source>
        <translation>내보내기...</translation>
    </message>
</context>
<context>
    <name>HistogramPlot</name>
    <message>
        <source>Layer:</source>
        <translation>층:</translation>
    </message>
    <message>
        <source>The Dense layer whose weights and gradients are shown.</source>
        <translation>가중치와 기울기를 보여 줄 Dense 층입니다.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>개수</translation>
    </message>
    <message>
        <source>weights W</source>
        <translation>가중치 W</translation>
    </message>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>gradients ∂L/∂W</source>
        <translation>기울기 ∂L/∂W</translation>
    </message>
    <message>
        <source>Histogram of the chosen layer&apos;s weights: weights that grow far out or all sit at zero show a layer that trains badly.</source>
        <translation>선택한 층의 가중치 히스토그램: 가중치가 멀리 퍼져 나가거나 모두 0에 몰려 있으면 그 층은 잘 학습되지 않고 있습니다.</translation>
    </message>
    <message>
        <source>Histogram of the gradients of the chosen layer&apos;s weights at the current step: all squeezed around zero means this layer hardly learns.</source>
        <translation>현재 스텝에서 선택한 층의 가중치 기울기 히스토그램: 모두 0 근처에 몰려 있으면 이 층은 거의 학습하지 못하고 있습니다.</translation>
    </message>
    <message>
        <source>layer must be 0..{0}, got {1}</source>
        <translation>층은 0..{0} 사이여야 합니다(받은 값: {1})</translation>
    </message>
</context>
<context>
    <name>InitializationView</name>
    <message>
        <source>Activation:</source>
        <translation>활성화 함수:</translation>
    </message>
    <message>
        <source>Initial weights:</source>
        <translation>초기 가중치:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>시드:</translation>
    </message>
    <message>
        <source>layer {0}&lt;br&gt;{1}</source>
        <translation>{0}층&lt;br&gt;{1}</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) {0}</source>
        <translation>
            <numerusform>층 %n개 {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} with {1} weights: {2}. The spread (root mean square) of each layer&apos;s outputs: {3}.</source>
        <translation>{0}, {1} 가중치: {2}. 각 층 출력의 퍼짐(제곱평균제곱근): {3}.</translation>
    </message>
</context>
<context>
    <name>LayerStrip</name>
    <message>
        <source>The selected layer; click a column to select another.</source>
        <translation>선택한 층입니다. 다른 층을 고르려면 그 층의 열을 클릭하세요.</translation>
    </message>
    <message>
        <source>Hidden layer 16</source>
        <translation>은닉층 16</translation>
    </message>
    <message>
        <source>Number of neurons in the selected hidden layer.</source>
        <translation>선택한 은닉층의 뉴런 수입니다.</translation>
    </message>
    <message>
        <source>The function each neuron of the layer applies to Σ w·x + b.</source>
        <translation>층의 각 뉴런이 Σ w·x + b에 적용하는 함수입니다.</translation>
    </message>
    <message>
        <source>All hidden layers</source>
        <translation>모든 은닉층에</translation>
    </message>
    <message>
        <source>Give every hidden layer this activation (one undoable edit).</source>
        <translation>이 활성화 함수를 모든 은닉층에 적용합니다(한 번에 실행 취소할 수 있는 편집).</translation>
    </message>
    <message>
        <source>How the layer&apos;s weights are drawn before training (Glorot suits sigmoid/tanh, He suits ReLU).</source>
        <translation>학습 전에 이 층의 가중치를 뽑는 방법입니다(Glorot은 sigmoid/tanh에, He는 ReLU에 알맞습니다).</translation>
    </message>
    <message>
        <source>L1 strength: adds λ·Σ|w| to the loss, driving some weights to 0.</source>
        <translation>L1 세기: 손실에 λ·Σ|w|를 더해 일부 가중치를 0으로 만듭니다.</translation>
    </message>
    <message>
        <source>L2 strength: adds λ·Σw² to the loss, shrinking all weights.</source>
        <translation>L2 세기: 손실에 λ·Σw²를 더해 모든 가중치를 작게 만듭니다.</translation>
    </message>
    <message>
        <source>Dropout rate after the layer: the fraction of its outputs dropped at random in each training step.</source>
        <translation>이 층 뒤의 드롭아웃 비율: 학습 스텝마다 이 층의 출력 중 무작위로 버리는 비율입니다.</translation>
    </message>
    <message>
        <source>Neurons</source>
        <translation>뉴런</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>활성화</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{title}&lt;/b&gt;: %n feature(s)</source>
        <translation>
            <numerusform>&lt;b&gt;{title}&lt;/b&gt;: 특성 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>LessonPage</name>
    <message>
        <source>Predict first: what do you expect?</source>
        <translation>먼저 예상해 보세요: 어떻게 될까요?</translation>
    </message>
    <message>
        <source>The lesson opens once you have chosen.</source>
        <translation>답을 고르면 강의가 열립니다.</translation>
    </message>
    <message>
        <source>Set up in the studio</source>
        <translation>스튜디오에 설정</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Put this lesson&apos;s network, data and training settings into the studio and go there.</source>
        <translation>이 강의의 신경망, 데이터, 학습 설정을 스튜디오에 넣고 스튜디오로 갑니다.</translation>
    </message>
    <message>
        <source>Put the lesson&apos;s view back to where the lesson starts.</source>
        <translation>강의 화면을 강의가 시작하는 상태로 되돌립니다.</translation>
    </message>
    <message>
        <source>Try this</source>
        <translation>해 보기</translation>
    </message>
    <message>
        <source>{0} You predicted “{1}”: right.</source>
        <translation>{0} 예상: “{1}” — 맞았습니다.</translation>
    </message>
    <message>
        <source>{0} You predicted “{1}”; the answer is “{2}”.</source>
        <translation>{0} 예상: “{1}”. 답은 “{2}”입니다.</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>XOR with three logistic units</source>
        <translation>로지스틱 유닛 세 개로 XOR 풀기</translation>
    </message>
    <message>
        <source>Can you find another W and b? Change the weights so that the table still gives XOR.</source>
        <translation>다른 W와 b를 찾을 수 있을까요? 표가 여전히 XOR이 되도록 가중치를 바꿔 보세요.</translation>
    </message>
    <message>
        <source>Press Random start in the studio, then Run, and train until backpropagation finds a solution.</source>
        <translation>‘스튜디오에서 무작위로 시작’을 누르고 ‘실행’을 눌러, 역전파가 해를 찾을 때까지 학습시켜 보세요.</translation>
    </message>
    <message>
        <source>Can a single logistic unit (one straight line) solve XOR?</source>
        <translation>로지스틱 유닛 하나(직선 하나)로 XOR을 풀 수 있을까요?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니오</translation>
    </message>
    <message>
        <source>Derivatives by finite differences</source>
        <translation>수치 미분으로 보는 도함수</translation>
    </message>
    <message>
        <source>For f(x) = x², make h small enough that the quotient is within 0.001 of the derivative 2x.</source>
        <translation>f(x) = x²에서 차분 몫이 미분값 2x와 0.001 이내로 같아지도록 h를 충분히 작게 해 보세요.</translation>
    </message>
    <message>
        <source>For f(x, y) = x·y, choose y so that ∂f/∂x is −2.</source>
        <translation>f(x, y) = x·y에서 ∂f/∂x가 −2가 되도록 y를 골라 보세요.</translation>
    </message>
    <message>
        <source>For f(x) = 2x, what is (f(x + 0.01) − f(x)) / 0.01?</source>
        <translation>f(x) = 2x일 때 (f(x + 0.01) − f(x)) / 0.01은 얼마일까요?</translation>
    </message>
    <message>
        <source>Backpropagation on a computational graph</source>
        <translation>계산 그래프 위의 역전파</translation>
    </message>
    <message>
        <source>Step through the whole backward pass.</source>
        <translation>역전파 과정을 처음부터 끝까지 한 단계씩 따라가 보세요.</translation>
    </message>
    <message>
        <source>Edit the values so that ∂f/∂w = 3.</source>
        <translation>∂f/∂w = 3이 되도록 값을 바꿔 보세요.</translation>
    </message>
    <message>
        <source>Make the sigmoid gate&apos;s local derivative as large as it can be.</source>
        <translation>시그모이드 게이트의 국소 미분값을 가능한 한 크게 만들어 보세요.</translation>
    </message>
    <message>
        <source>When w rises by 1, how much does f change?</source>
        <translation>w가 1 늘면 f는 얼마나 변할까요?</translation>
    </message>
    <message>
        <source>Activation explorer</source>
        <translation>활성화 함수 탐색기</translation>
    </message>
    <message>
        <source>Move z to where the sigmoid is steepest.</source>
        <translation>시그모이드가 가장 가파른 곳으로 z를 옮겨 보세요.</translation>
    </message>
    <message>
        <source>Find the fewest sigmoid layers that shrink a gradient at least 1,000-fold.</source>
        <translation>기울기를 적어도 1,000분의 1로 줄이는 가장 적은 시그모이드 층 수를 찾아보세요.</translation>
    </message>
    <message>
        <source>What is the largest slope the sigmoid has?</source>
        <translation>시그모이드의 기울기는 최대 얼마일까요?</translation>
    </message>
    <message>
        <source>Vanishing and exploding gradients</source>
        <translation>기울기 소실과 기울기 폭주</translation>
    </message>
    <message>
        <source>In the studio, with three or more hidden layers, make the first and the last hidden layer learn within a factor of 2 of each other.</source>
        <translation>스튜디오에서 은닉층이 셋 이상인 네트워크로 첫 은닉층과 마지막 은닉층의 학습 속도가 2배 이내로 비슷하게 만들어 보세요.</translation>
    </message>
    <message>
        <source>In the studio, make the first hidden layer&apos;s gradient 100× smaller than the last hidden layer&apos;s. (The studio starts the biases at 0, not at Nielsen&apos;s N(0, 1): his four hidden layers&apos; 95× is less here.)</source>
        <translation>스튜디오에서 첫 은닉층의 기울기를 마지막 은닉층의 100분의 1보다 작게 만들어 보세요. (스튜디오는 편향을 Nielsen처럼 N(0, 1)에서 뽑지 않고 0에서 시작합니다. 그래서 그의 은닉층 네 개가 보인 95배는 여기서 더 작아집니다.)</translation>
    </message>
    <message>
        <source>Find an activation with nothing shaded: its slope is nowhere below 0.01.</source>
        <translation>음영이 전혀 없는 활성화 함수, 즉 기울기가 어디에서도 0.01 아래로 내려가지 않는 함수를 찾아보세요.</translation>
    </message>
    <message>
        <source>In the studio, make the gradient grow toward the input: the first hidden layer&apos;s 10× the last hidden layer&apos;s. (Each hidden layer it crosses multiplies it, give or take a batch&apos;s luck: the more layers, the surer.)</source>
        <translation>스튜디오에서 입력 쪽으로 갈수록 기울기가 커지게 만들어 보세요: 첫 은닉층의 기울기가 마지막 은닉층의 10배가 되도록. (기울기는 거쳐 가는 은닉층마다 곱해집니다. 배치에 따라 조금씩 달라지므로 층이 많을수록 확실합니다.)</translation>
    </message>
    <message>
        <source>Which hidden layer will learn fastest?</source>
        <translation>어느 은닉층이 가장 빨리 학습할까요?</translation>
    </message>
    <message>
        <source>The first, next to the input</source>
        <translation>입력에 가까운 첫 번째 층</translation>
    </message>
    <message>
        <source>The last, next to the output</source>
        <translation>출력에 가까운 마지막 층</translation>
    </message>
    <message>
        <source>All at the same speed</source>
        <translation>모두 같은 속도</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>경사 하강법</translation>
    </message>
    <message>
        <source>Find a learning rate that is too small, and run the ball with it: watch it creep.</source>
        <translation>너무 작은 학습률을 찾아 공을 굴려 보세요: 공이 기어가듯 내려갑니다.</translation>
    </message>
    <message>
        <source>Find a learning rate at which the ball never settles, and run the ball with it.</source>
        <translation>공이 끝내 자리를 잡지 못하는 학습률을 찾아 공을 굴려 보세요.</translation>
    </message>
    <message>
        <source>On the valley, find a learning rate that reaches the bottom, and run the ball down to it.</source>
        <translation>골짜기에서 공이 바닥까지 내려가는 학습률을 찾아 공을 바닥까지 굴려 보세요.</translation>
    </message>
    <message>
        <source>What happens when the learning rate is too large?</source>
        <translation>학습률이 너무 크면 어떻게 될까요?</translation>
    </message>
    <message>
        <source>The ball creeps down slowly</source>
        <translation>공이 천천히 기어 내려간다</translation>
    </message>
    <message>
        <source>The ball jumps across the valley and may fly off</source>
        <translation>공이 골짜기를 건너뛰다 튕겨 나갈 수 있다</translation>
    </message>
    <message>
        <source>Nothing changes</source>
        <translation>아무 변화가 없다</translation>
    </message>
    <message>
        <source>MNIST and the quadratic cost</source>
        <translation>MNIST와 이차 비용 함수</translation>
    </message>
    <message>
        <source>Train Nielsen&apos;s network with the quadratic cost to 90 % test accuracy.</source>
        <translation>Nielsen의 네트워크를 이차 비용 함수로 학습시켜 테스트 정확도 90 %에 도달해 보세요.</translation>
    </message>
    <message>
        <source>Without raising η above 0.15, make the badly wrong neuron (w = 2, b = 2) reach output 0.2 within 50 epochs.</source>
        <translation>η를 0.15보다 크게 하지 않고, 크게 틀린 뉴런(w = 2, b = 2)이 50 에폭 안에 출력 0.2에 도달하게 만들어 보세요.</translation>
    </message>
    <message>
        <source>Under the quadratic cost, which neuron learns faster at first: the one starting at output 0.82 or at 0.98?</source>
        <translation>이차 비용 함수에서 처음에 더 빨리 배우는 뉴런은 어느 쪽일까요? 출력 0.82에서 시작한 뉴런, 아니면 0.98에서 시작한 뉴런?</translation>
    </message>
    <message>
        <source>Both the same</source>
        <translation>둘 다 같다</translation>
    </message>
    <message>
        <source>Losses by problem type</source>
        <translation>문제 유형별 손실 함수</translation>
    </message>
    <message>
        <source>Choose the regression row and train until the loss is below 0.05.</source>
        <translation>회귀 행을 고르고 손실이 0.05 아래로 내려갈 때까지 학습시켜 보세요.</translation>
    </message>
    <message>
        <source>Choose the multi-label row and train until 90 % of the test labels are right.</source>
        <translation>다중 레이블 행을 고르고 테스트 레이블의 90 %를 맞힐 때까지 학습시켜 보세요.</translation>
    </message>
    <message>
        <source>A photo may show a cat and a dog at once. Which output layer fits?</source>
        <translation>사진 한 장에 고양이와 개가 함께 있을 수 있습니다. 어떤 출력층이 맞을까요?</translation>
    </message>
    <message>
        <source>One softmax over the classes</source>
        <translation>클래스 전체에 소프트맥스 하나</translation>
    </message>
    <message>
        <source>One sigmoid per class</source>
        <translation>클래스마다 시그모이드 하나</translation>
    </message>
    <message>
        <source>One linear unit</source>
        <translation>선형 유닛 하나</translation>
    </message>
    <message>
        <source>Weight initialization</source>
        <translation>가중치 초기화</translation>
    </message>
    <message>
        <source>Keep all ten tanh layers healthy.</source>
        <translation>tanh 층 열 개가 모두 건강하게 유지되도록 해 보세요.</translation>
    </message>
    <message>
        <source>Make the last layer of a deep ReLU network collapse.</source>
        <translation>깊은 ReLU 네트워크의 마지막 층이 붕괴하게 만들어 보세요.</translation>
    </message>
    <message>
        <source>Keep all ten ReLU layers healthy.</source>
        <translation>ReLU 층 열 개가 모두 건강하게 유지되도록 해 보세요.</translation>
    </message>
    <message>
        <source>A deep tanh network starts with N(0, 1) weights. Where do its activations end up?</source>
        <translation>깊은 tanh 네트워크를 N(0, 1) 가중치로 시작합니다. 활성화 값은 어디에 모일까요?</translation>
    </message>
    <message>
        <source>Near 0</source>
        <translation>0 근처</translation>
    </message>
    <message>
        <source>At −1 and 1</source>
        <translation>−1과 1</translation>
    </message>
    <message>
        <source>Spread evenly between −1 and 1</source>
        <translation>−1과 1 사이에 고르게</translation>
    </message>
    <message>
        <source>Overfitting lab</source>
        <translation>과적합 실험실</translation>
    </message>
    <message>
        <source>Train until the training accuracy reaches 99 % while the test accuracy stays at least 5 points lower.</source>
        <translation>학습 정확도가 99 %에 이르고 테스트 정확도는 그보다 5 포인트 이상 낮게 머물 때까지 학습시켜 보세요.</translation>
    </message>
    <message>
        <source>Find a cure that brings the test accuracy to 93 % with a gap below 5 points.</source>
        <translation>테스트 정확도를 93 %까지 올리면서 격차를 5 포인트 아래로 줄이는 해결책을 찾아보세요.</translation>
    </message>
    <message>
        <source>A large network trains on only 1,000 images. What will its training accuracy do?</source>
        <translation>큰 네트워크를 이미지 1,000장만으로 학습시킵니다. 학습 정확도는 어떻게 될까요?</translation>
    </message>
    <message>
        <source>Stay close to the test accuracy</source>
        <translation>테스트 정확도와 비슷하게 머문다</translation>
    </message>
    <message>
        <source>Reach nearly 100 %, far above the test accuracy</source>
        <translation>거의 100 %에 이르러 테스트 정확도보다 훨씬 높아진다</translation>
    </message>
    <message>
        <source>Stay below the test accuracy</source>
        <translation>테스트 정확도보다 낮게 머문다</translation>
    </message>
    <message>
        <source>Parabola C(v) = v²</source>
        <translation>포물선 C(v) = v²</translation>
    </message>
    <message>
        <source>Valley C(v) = ½(v₁² + 10·v₂²)</source>
        <translation>골짜기 C(v) = ½(v₁² + 10·v₂²)</translation>
    </message>
    <message>
        <source>Too small: the ball creeps and is still far from the bottom.</source>
        <translation>너무 작음: 공이 기어가기만 해서 아직 바닥에서 멉니다.</translation>
    </message>
    <message>
        <source>Good: the ball reaches the bottom in a few steps.</source>
        <translation>적당함: 공이 몇 스텝 만에 바닥에 닿습니다.</translation>
    </message>
    <message>
        <source>Too large: the ball jumps across the valley and never settles.</source>
        <translation>너무 큼: 공이 골짜기를 건너뛰기만 하고 자리를 잡지 못합니다.</translation>
    </message>
    <message>
        <source>When {name} rises by 1, {output} rises by {amount}.</source>
        <translation>{name} 값이 1 늘면 {output} 값은 {amount} 늘어납니다.</translation>
    </message>
    <message>
        <source>When {name} rises by 1, {output} falls by {amount}.</source>
        <translation>{name} 값이 1 늘면 {output} 값은 {amount} 줄어듭니다.</translation>
    </message>
    <message>
        <source>N(0, 1)</source>
        <translation>N(0, 1)</translation>
    </message>
    <message>
        <source>Xavier/Glorot</source>
        <translation>Xavier/Glorot</translation>
    </message>
    <message>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>건강함</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>포화</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>붕괴</translation>
    </message>
    <message>
        <source>exploding</source>
        <translation>폭주</translation>
    </message>
    <message>
        <source>No cure</source>
        <translation>해결책 없음</translation>
    </message>
    <message>
        <source>L2 regularization</source>
        <translation>L2 정규화</translation>
    </message>
    <message>
        <source>L1 regularization</source>
        <translation>L1 정규화</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <source>Data augmentation</source>
        <translation>데이터 증강</translation>
    </message>
    <message>
        <source>A smaller model</source>
        <translation>더 작은 모델</translation>
    </message>
    <message>
        <source>1 real value</source>
        <translation>실수값 1개</translation>
    </message>
    <message>
        <source>none / linear</source>
        <translation>없음 / 선형</translation>
    </message>
    <message>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
    <message>
        <source>1 probability</source>
        <translation>확률 1개</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>시그모이드</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>선형</translation>
    </message>
    <message>
        <source>binary cross-entropy</source>
        <translation>이진 교차 엔트로피</translation>
    </message>
    <message>
        <source>one unit per class</source>
        <translation>클래스마다 유닛 하나</translation>
    </message>
    <message>
        <source>softmax</source>
        <translation>소프트맥스</translation>
    </message>
    <message>
        <source>categorical cross-entropy</source>
        <translation>범주형 교차 엔트로피</translation>
    </message>
    <message>
        <source>yes/no per class</source>
        <translation>클래스마다 예/아니오</translation>
    </message>
    <message>
        <source>binary cross-entropy per class</source>
        <translation>클래스별 이진 교차 엔트로피</translation>
    </message>
</context>
<context>
    <name>LessonsRoom</name>
    <message>
        <source>Lessons</source>
        <translation>강의</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>용어집</translation>
    </message>
    <message>
        <source>Le&amp;sson list</source>
        <translation>강의 목록(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>용어집(&amp;G)</translation>
    </message>
    <message>
        <source>L&amp;essons</source>
        <translation>강의(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Next lesson</source>
        <translation>다음 강의(&amp;N)</translation>
    </message>
    <message>
        <source>Go on to the next lesson.</source>
        <translation>다음 강의로 넘어갑니다.</translation>
    </message>
    <message>
        <source>&amp;Previous lesson</source>
        <translation>이전 강의(&amp;P)</translation>
    </message>
    <message>
        <source>Back to the previous lesson.</source>
        <translation>이전 강의로 돌아갑니다.</translation>
    </message>
    <message>
        <source>Start this lesson &amp;afresh</source>
        <translation>이 강의 처음부터 다시(&amp;A)</translation>
    </message>
    <message>
        <source>Forget this lesson&apos;s answer and ticked tasks.</source>
        <translation>이 강의의 답과 완료한 과제를 지웁니다.</translation>
    </message>
    <message>
        <source>Lesson {0} is set up in the studio. Help → Lessons (F1) brings you back to the lesson.</source>
        <translation>{0}강을 스튜디오에 설정했습니다. 도움말 → 강의(F1)로 강의에 돌아올 수 있습니다.</translation>
    </message>
    <message>
        <source>✔ Done: {0}</source>
        <translation>✔ 완료: {0}</translation>
    </message>
    <message>
        <source>{0} of {1} tasks done</source>
        <translation>과제 {1}개 중 {0}개 완료</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>Log scale</source>
        <translation>로그 눈금</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis: late, small improvements stay visible.</source>
        <translation>손실을 로그 축에 그립니다. 나중의 작은 개선도 잘 보입니다.</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>train, each step</source>
        <translation>학습, 스텝마다</translation>
    </message>
    <message>
        <source>train, epoch mean</source>
        <translation>학습, 에폭 평균</translation>
    </message>
    <message>
        <source>test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>Loss over training: the faint line is every batch, the thick lines the epoch means on the training and test data; a test loss that rises while the training loss falls means overfitting.</source>
        <translation>학습 중의 손실: 옅은 선은 배치마다의 값, 굵은 선은 학습 데이터와 테스트 데이터의 에폭 평균입니다. 학습 손실은 내려가는데 테스트 손실이 올라가면 과적합입니다.</translation>
    </message>
    <message>
        <source>Accuracy: the fraction of points put in the right class, on the training and the test data.</source>
        <translation>정확도: 학습 데이터와 테스트 데이터에서 올바른 클래스로 분류한 점의 비율입니다.</translation>
    </message>
</context>
<context>
    <name>Losses</name>
    <message>
        <source>mean squared error (mse)</source>
        <translation>평균 제곱 오차 (mse)</translation>
    </message>
    <message>
        <source>quadratic cost ½‖y − a‖² (Nielsen)</source>
        <translation>이차 비용 ½‖y − a‖² (Nielsen)</translation>
    </message>
    <message>
        <source>binary cross-entropy</source>
        <translation>이진 교차 엔트로피</translation>
    </message>
    <message>
        <source>categorical cross-entropy</source>
        <translation>범주형 교차 엔트로피</translation>
    </message>
</context>
<context>
    <name>LossesChooser</name>
    <message>
        <source>problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>output layer</source>
        <translation>출력층</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <source>data set</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>회귀</translation>
    </message>
    <message>
        <source>binary classification</source>
        <translation>이진 분류</translation>
    </message>
    <message>
        <source>multi-class classification</source>
        <translation>다중 클래스 분류</translation>
    </message>
    <message>
        <source>multi-label classification</source>
        <translation>다중 레이블 분류</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Load {0} into the studio with this output layer and loss, and show the studio.</source>
        <translation>{0} 데이터를 이 출력층과 손실로 스튜디오에 불러오고 스튜디오를 보여 줍니다.</translation>
    </message>
    <message>
        <source>The hidden layers are the same for every row: two layers of 8 ReLU units, as in the notes&apos; Keras example. Only the output layer and the loss change with the problem.</source>
        <translation>은닉층은 모든 행에서 같습니다: 강의 노트의 Keras 예제처럼 ReLU 유닛 8개짜리 층 두 개. 문제에 따라 출력층과 손실만 바뀝니다.</translation>
    </message>
    <message>
        <source>{0}: {1} output, {2} — press Run.</source>
        <translation>{0}: {1} 출력, {2} — ‘실행’을 누르세요.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Rooms</source>
        <translation>작업 공간</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>새 프로젝트(&amp;N)</translation>
    </message>
    <message>
        <source>Start over with XOR and the lecture&apos;s 2-2-1 network.</source>
        <translation>XOR 데이터와 강의의 2-2-1 신경망으로 처음부터 다시 시작합니다.</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>프로젝트 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved NN Studio project.</source>
        <translation>저장해 둔 NN Studio 프로젝트를 엽니다.</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>프로젝트 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save the network, data, weights and history to the project file.</source>
        <translation>신경망, 데이터, 가중치, 학습 기록을 프로젝트 파일에 저장합니다.</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the project under a new file name.</source>
        <translation>프로젝트를 새 파일 이름으로 저장합니다.</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Train on your own table of features and labels.</source>
        <translation>직접 준비한 특성·레이블 표로 학습합니다.</translation>
    </message>
    <message>
        <source>&amp;PyTorch script…</source>
        <translation>PyTorch 스크립트(&amp;P)…</translation>
    </message>
    <message>
        <source>Write the network, its weights and its training set-up as a PyTorch script that gives the same predictions.</source>
        <translation>신경망과 가중치, 학습 설정을 똑같이 예측하는 PyTorch 스크립트로 저장합니다.</translation>
    </message>
    <message>
        <source>&amp;ONNX model…</source>
        <translation>ONNX 모델(&amp;O)…</translation>
    </message>
    <message>
        <source>Write the trained network as an ONNX file (runs in onnxruntime, opens in Netron).</source>
        <translation>학습한 신경망을 ONNX 파일로 저장합니다(onnxruntime에서 실행되고 Netron에서 열립니다).</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Close NN Studio (asks to save changes).</source>
        <translation>NN Studio를 닫습니다(변경 사항을 저장할지 묻습니다).</translation>
    </message>
    <message>
        <source>&amp;Drawing pad…</source>
        <translation>그리기 패드(&amp;D)…</translation>
    </message>
    <message>
        <source>Draw a digit and see what the current network predicts (Ctrl+D).</source>
        <translation>숫자를 그려서 지금 신경망이 무엇으로 예측하는지 봅니다(Ctrl+D).</translation>
    </message>
    <message>
        <source>Optimizer &amp;race…</source>
        <translation>옵티마이저 경주(&amp;R)…</translation>
    </message>
    <message>
        <source>Race optimizers side by side on the studio&apos;s network, over many seeds or on a loss surface.</source>
        <translation>스튜디오의 신경망으로, 여러 시드에 걸쳐, 또는 손실 곡면 위에서 옵티마이저들을 나란히 경주시킵니다.</translation>
    </message>
    <message>
        <source>&amp;About NN Studio</source>
        <translation>NN Studio 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Lessons…</source>
        <translation>강의(&amp;L)…</translation>
    </message>
    <message>
        <source>The lectures step by step, with their own numbers (F1).</source>
        <translation>강의 내용을 강의의 숫자 그대로 한 단계씩 (F1).</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>단축키 목록(&amp;K)…</translation>
    </message>
    <message>
        <source>Every key of this room and of the window, in a table (Ctrl+/).</source>
        <translation>이 방과 창 전체의 단축키를 표로 봅니다 (Ctrl+/).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 프로젝트(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>예제(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;{0} {1}</source>
        <translation>&amp;{0} {1}</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>내보내기(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>St&amp;udio</source>
        <translation>스튜디오(&amp;U)</translation>
    </message>
    <message>
        <source>Optimizer r&amp;ace</source>
        <translation>옵티마이저 경주(&amp;A)</translation>
    </message>
    <message>
        <source>L&amp;essons</source>
        <translation>강의(&amp;E)</translation>
    </message>
    <message>
        <source>Show the room {0} (Ctrl+{1}).</source>
        <translation>{0} 작업 공간으로 전환합니다(Ctrl+{1}).</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>도구(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>The {0} translation is not installed.</source>
        <translation>{0} 번역 파일이 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>NN Studio</source>
        <translation>NN Studio</translation>
    </message>
    <message>
        <source>{0}[*] — NN Studio</source>
        <translation>{0}[*] — NN Studio</translation>
    </message>
    <message>
        <source>MNIST: {0}</source>
        <translation>MNIST: {0}</translation>
    </message>
    <message>
        <source>MNIST: not found on this computer (choose it in the studio&apos;s Data list to download it).</source>
        <translation>MNIST: 이 컴퓨터에 없습니다(스튜디오의 데이터 목록에서 고르면 내려받을 수 있습니다).</translation>
    </message>
    <message>
        <source>Python {0}, NumPy {1}, Qt {2} (PySide6 {3}), pyqtgraph {4}.</source>
        <translation>Python {0}, NumPy {1}, Qt {2} (PySide6 {3}), pyqtgraph {4}.</translation>
    </message>
    <message>
        <source>Compiled training kernels: numba {0}.</source>
        <translation>컴파일된 학습 커널: numba {0}.</translation>
    </message>
    <message>
        <source>Compiled training kernels: not in use, training runs on NumPy alone (pip install &apos;nnstudio[fast]&apos; adds them).</source>
        <translation>컴파일된 학습 커널: 사용하지 않음. 학습은 NumPy만으로 실행됩니다(pip install &apos;nnstudio[fast]&apos;로 추가할 수 있습니다).</translation>
    </message>
    <message>
        <source>Your files (settings, autosave, your digits): {0}</source>
        <translation>내 파일(설정, 자동 저장, 내 숫자): {0}</translation>
    </message>
    <message>
        <source>Memory limit for training: {0} (the NNSTUDIO_MEMORY_LIMIT variable sets it).</source>
        <translation>학습 메모리 한도: {0} (NNSTUDIO_MEMORY_LIMIT 변수로 정합니다).</translation>
    </message>
    <message>
        <source>About NN Studio</source>
        <translation>NN Studio 정보</translation>
    </message>
    <message>
        <source>NN Studio {0}: design a neural network, press Run and watch it learn.</source>
        <translation>NN Studio {0}: 신경망을 설계하고, 실행을 누르고, 학습하는 모습을 지켜보세요.</translation>
    </message>
    <message>
        <source>Version of NN Studio and of what it runs on, where its files are.</source>
        <translation>NN Studio와 그 실행 환경의 버전, 파일이 있는 곳.</translation>
    </message>
    <message>
        <source>quit</source>
        <extracomment>completes &quot;Save them before you {0}?&quot; of the unsaved-changes question</extracomment>
        <translation>종료하기</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Close this note.</source>
        <translation>이 알림을 닫습니다.</translation>
    </message>
</context>
<context>
    <name>MistakesGallery</name>
    <message>
        <source>Find the model&apos;s mistakes</source>
        <translation>모델의 오답 찾기</translation>
    </message>
    <message>
        <source>Run the model on every test image and list the ones it gets wrong</source>
        <translation>모든 테스트 이미지에 모델을 돌려 틀린 것을 모읍니다</translation>
    </message>
    <message>
        <source>Press the button to see which test images the model gets wrong.</source>
        <translation>버튼을 누르면 모델이 어떤 테스트 이미지를 틀리는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Download the dataset…</source>
        <translation>데이터셋 내려받기…</translation>
    </message>
    <message>
        <source>Fetch the dataset&apos;s four files (12–30 MB) into NN Studio&apos;s data folder, then look for the mistakes</source>
        <translation>데이터셋 파일 네 개(12–30 MB)를 NN Studio의 데이터 폴더로 내려받은 뒤 오답을 찾습니다</translation>
    </message>
    <message>
        <source>Caption: true class → model&apos;s answer (its confidence). Click an image to load it into the pad.</source>
        <translation>설명: 실제 클래스 → 모델의 답(확신도). 이미지를 클릭하면 패드로 불러옵니다.</translation>
    </message>
    <message>
        <source>No usable model: choose one above.</source>
        <translation>쓸 수 있는 모델이 없습니다. 위에서 고르세요.</translation>
    </message>
    <message>
        <source>The test set is not available: {0}</source>
        <translation>테스트 데이터를 쓸 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>{0} → {1} ({2})</source>
        <translation>{0} → {1} ({2})</translation>
    </message>
    <message>
        <source>{0} of {1} test images wrong (accuracy {2}); showing the {3} most confident mistakes.</source>
        <translation>테스트 이미지 {1}개 중 {0}개 틀림(정확도 {2}). 가장 확신한 오답 {3}개를 보여 줍니다.</translation>
    </message>
    <message>
        <source>{0} of {1} test images wrong (accuracy {2}).</source>
        <translation>테스트 이미지 {1}개 중 {0}개 틀림(정확도 {2}).</translation>
    </message>
    <message>
        <source>Test image {0} is labelled {1}; the model says {2} with {3}.</source>
        <translation>테스트 이미지 {0}: 정답은 {1}, 모델의 답은 {2}({3}).</translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <source>MNIST</source>
        <translation>MNIST</translation>
    </message>
    <message>
        <source>The download failed: {0}</source>
        <translation>내려받지 못했습니다: {0}</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>Output layer</source>
        <translation>출력층</translation>
    </message>
    <message>
        <source>Hidden layer {n}</source>
        <translation>은닉층 {n}</translation>
    </message>
</context>
<context>
    <name>NetworkEditor</name>
    <message>
        <source>Add layer</source>
        <translation>층 추가</translation>
    </message>
    <message>
        <source>Insert a hidden layer after the selected layer (Insert).</source>
        <translation>선택한 층 뒤에 은닉층을 넣습니다(Insert).</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>층 삭제</translation>
    </message>
    <message>
        <source>Remove the selected hidden layer (Delete).</source>
        <translation>선택한 은닉층을 지웁니다(Delete).</translation>
    </message>
    <message>
        <source>Add neuron</source>
        <translation>뉴런 추가</translation>
    </message>
    <message>
        <source>Add a neuron to the selected hidden layer (+).</source>
        <translation>선택한 은닉층에 뉴런을 하나 더합니다(+).</translation>
    </message>
    <message>
        <source>Remove neuron</source>
        <translation>뉴런 삭제</translation>
    </message>
    <message>
        <source>Remove the last neuron of the selected hidden layer (−).</source>
        <translation>선택한 은닉층의 마지막 뉴런을 지웁니다(−).</translation>
    </message>
    <message>
        <source>Select previous layer</source>
        <translation>이전 층 선택</translation>
    </message>
    <message>
        <source>Select the layer to the left (Left arrow).</source>
        <translation>왼쪽 층을 선택합니다(왼쪽 화살표).</translation>
    </message>
    <message>
        <source>Select next layer</source>
        <translation>다음 층 선택</translation>
    </message>
    <message>
        <source>Select the layer to the right (Right arrow).</source>
        <translation>오른쪽 층을 선택합니다(오른쪽 화살표).</translation>
    </message>
    <message>
        <source>Lecture XOR weights</source>
        <translation>강의의 XOR 가중치</translation>
    </message>
    <message>
        <source>Load the lecture&apos;s hand-set 2-2-1 sigmoid network that solves XOR: w = (5, 5), b = −8; w = (−7, −7), b = 3; output w = (−11, −11), b = 6.</source>
        <translation>XOR을 푸는, 강의에서 손으로 정한 2-2-1 sigmoid 신경망을 불러옵니다: w = (5, 5), b = −8; w = (−7, −7), b = 3; 출력 w = (−11, −11), b = 6.</translation>
    </message>
    <message>
        <source>Show values</source>
        <translation>값 표시</translation>
    </message>
    <message>
        <source>Write each weight and bias next to its link and neuron (layers with few links only).</source>
        <translation>각 가중치와 편향을 연결선과 뉴런 옆에 적습니다(연결이 적은 층만).</translation>
    </message>
    <message>
        <source>Same activation in all hidden layers</source>
        <translation>모든 은닉층에 같은 활성화 함수</translation>
    </message>
    <message>
        <source>Give every hidden layer the selected layer&apos;s activation (one undoable edit).</source>
        <translation>선택한 층의 활성화 함수를 모든 은닉층에 적용합니다(한 번에 실행 취소할 수 있는 편집).</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <source>Fit the network to the view, as large as it stays readable; scroll for the rest (Ctrl+0).</source>
        <translation>신경망을 화면에 맞춥니다. 읽을 수 있는 크기까지만 줄이고 나머지는 스크롤해서 봅니다(Ctrl+0).</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Draw the network larger (Ctrl+plus or Ctrl+wheel).</source>
        <translation>신경망을 크게 그립니다(Ctrl+더하기 또는 Ctrl+휠).</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Draw the network smaller (Ctrl+minus or Ctrl+wheel).</source>
        <translation>신경망을 작게 그립니다(Ctrl+빼기 또는 Ctrl+휠).</translation>
    </message>
    <message>
        <source>Reset weights</source>
        <translation>가중치 초기화</translation>
    </message>
    <message>
        <source>Start all weights afresh from the seed (the Reset weights of the tool bar).</source>
        <translation>모든 가중치를 시드에서 새로 시작합니다(도구 모음의 가중치 초기화와 같습니다).</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>문제 유형:</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>회귀</translation>
    </message>
    <message>
        <source>Binary classification</source>
        <translation>이진 분류</translation>
    </message>
    <message>
        <source>Multi-class classification</source>
        <translation>다중 클래스 분류</translation>
    </message>
    <message>
        <source>Multi-label classification</source>
        <translation>다중 레이블 분류</translation>
    </message>
    <message>
        <source>{title}: output activation {activation}, loss {loss}.</source>
        <translation>{title}: 출력 활성화 함수 {activation}, 손실 함수 {loss}.</translation>
    </message>
    <message>
        <source>The kind of problem (the lecture&apos;s table); it sets the output layer&apos;s activation and the loss.</source>
        <translation>문제의 유형입니다(강의의 표). 출력층의 활성화 함수와 손실 함수를 정합니다.</translation>
    </message>
    <message>
        <source>The loss the chosen problem type trains with.</source>
        <translation>선택한 문제 유형에서 학습에 쓰는 손실 함수입니다.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>{action}: {edit}</source>
        <translation>{action}: {edit}</translation>
    </message>
    <message>
        <source>Why the last edit was not possible, or what it did to the weights.</source>
        <translation>마지막 편집이 왜 안 되었는지, 또는 그 편집이 가중치를 어떻게 바꾸었는지 알려 줍니다.</translation>
    </message>
    <message>
        <source>The lecture&apos;s XOR network has 2 inputs and one yes/no output, which this data does not have: choose the XOR dataset first.</source>
        <translation>강의의 XOR 신경망은 입력 2개와 예/아니오 출력 1개로 되어 있는데, 지금 데이터는 그렇지 않습니다. 먼저 XOR 데이터셋을 고르세요.</translation>
    </message>
    <message>
        <source>{n} classes</source>
        <translation>클래스 {n}개</translation>
    </message>
    <message>
        <source>{n} labels</source>
        <translation>레이블 {n}개</translation>
    </message>
    <message>
        <source>one probability</source>
        <translation>확률 하나</translation>
    </message>
    <message>
        <source>{n} target values</source>
        <translation>목표값 {n}개</translation>
    </message>
    <message>
        <source>one target value</source>
        <translation>목표값 하나</translation>
    </message>
    <message>
        <source>The weights of the neurons that stayed were kept.</source>
        <translation>남은 뉴런의 가중치는 그대로 두었습니다.</translation>
    </message>
    <message>
        <source>The whole network starts from new random weights.</source>
        <translation>신경망 전체가 새 무작위 가중치에서 시작합니다.</translation>
    </message>
    <message>
        <source>the links into {layer}</source>
        <translation>{layer}의 입력 연결</translation>
    </message>
    <message>
        <source>the links of the new neurons</source>
        <translation>새 뉴런의 연결</translation>
    </message>
    <message>
        <source>New random weights for {parts}; all other weights were kept.</source>
        <translation>새 무작위 가중치: {parts}. 나머지 가중치는 그대로 두었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The input layer&apos;s size follows the dataset (%n feature(s)).</source>
        <translation>
            <numerusform>입력층의 크기는 데이터셋을 따릅니다(특성 %n개).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The input layer follows the dataset (%n feature(s)); it cannot be removed.</source>
        <translation>
            <numerusform>입력층은 데이터셋을 따르므로(특성 %n개) 지울 수 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The lecture&apos;s XOR network has 2 inputs and one binary output; this dataset has %n feature(s). Choose the XOR dataset first.</source>
        <translation>
            <numerusform>강의의 XOR 신경망은 입력 2개와 이진 출력 1개로 되어 있는데, 이 데이터셋의 특성은 %n개입니다. 먼저 XOR 데이터셋을 고르세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>The output layer&apos;s size follows the dataset ({what}).</source>
        <translation>출력층의 크기는 데이터셋을 따릅니다({what}).</translation>
    </message>
    <message>
        <source>Network editor</source>
        <translation>신경망 편집기</translation>
    </message>
    <message>
        <source>At most {n} hidden layers: deeper networks would not train visibly here.</source>
        <translation>은닉층은 {n}개까지입니다. 더 깊은 신경망은 여기서 학습 과정이 잘 보이지 않습니다.</translation>
    </message>
    <message>
        <source>Add hidden layer {n} ({units} neurons, {activation})</source>
        <translation>은닉층 {n} 추가 (뉴런 {units}개, {activation})</translation>
    </message>
    <message>
        <source>The output layer gives the network&apos;s answer ({what}): it stays. To remove a hidden layer, select it first (click its column).</source>
        <translation>출력층은 신경망의 답({what})을 내므로 지울 수 없습니다. 은닉층을 지우려면 먼저 그 층을 선택하세요(열을 클릭).</translation>
    </message>
    <message>
        <source>There is no hidden layer to remove: the output layer gives the network&apos;s answer ({what}) and stays.</source>
        <translation>지울 은닉층이 없습니다. 출력층은 신경망의 답({what})을 내므로 남겨 둡니다.</translation>
    </message>
    <message>
        <source>Remove hidden layer {n}</source>
        <translation>은닉층 {n} 삭제</translation>
    </message>
    <message>
        <source>A layer needs at least one neuron: remove the layer instead (Delete).</source>
        <translation>층에는 뉴런이 하나 이상 있어야 합니다. 대신 층을 지우세요(Delete).</translation>
    </message>
    <message>
        <source>At most {n} neurons per layer.</source>
        <translation>한 층의 뉴런은 {n}개까지입니다.</translation>
    </message>
    <message>
        <source>Set {layer} size to {n}</source>
        <translation>{layer} 뉴런 수 변경: {n}개</translation>
    </message>
    <message>
        <source>Add neuron to {layer}</source>
        <translation>{layer}에 뉴런 추가</translation>
    </message>
    <message>
        <source>Remove neuron from {layer}</source>
        <translation>{layer}에서 뉴런 삭제</translation>
    </message>
    <message>
        <source>The input layer has no activation: it passes the features on.</source>
        <translation>입력층에는 활성화 함수가 없습니다. 특성 값을 그대로 넘깁니다.</translation>
    </message>
    <message>
        <source>Set {layer} activation to {name}</source>
        <translation>{layer} 활성화 함수 변경: {name}</translation>
    </message>
    <message>
        <source>This network has no hidden layer: add one first (Add layer).</source>
        <translation>이 신경망에는 은닉층이 없습니다. 먼저 하나 추가하세요(층 추가).</translation>
    </message>
    <message>
        <source>All hidden layers already use {name}.</source>
        <translation>모든 은닉층이 이미 {name} 활성화 함수를 씁니다.</translation>
    </message>
    <message>
        <source>Set the activation of all hidden layers to {name}</source>
        <translation>모든 은닉층의 활성화 함수 변경: {name}</translation>
    </message>
    <message>
        <source>Select the hidden layer whose activation all hidden layers should get.</source>
        <translation>모든 은닉층에 적용할 활성화 함수를 가진 은닉층을 선택하세요.</translation>
    </message>
    <message>
        <source>The input layer has no weights to set up.</source>
        <translation>입력층에는 설정할 가중치가 없습니다.</translation>
    </message>
    <message>
        <source>initializer</source>
        <translation>초기화 방법</translation>
    </message>
    <message>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <source>Set {layer} {field} to {value}</source>
        <translation>{layer} {field} 변경: {value}</translation>
    </message>
    <message>
        <source>This dataset does not allow {p}; it allows: {allowed}.</source>
        <translation>이 데이터셋으로는 {p} 문제를 풀 수 없습니다. 가능한 유형: {allowed}.</translation>
    </message>
    <message>
        <source>Set problem type to {p}</source>
        <translation>문제 유형 변경: {p}</translation>
    </message>
    <message>
        <source>Load the lecture&apos;s XOR weights</source>
        <translation>강의의 XOR 가중치 불러오기</translation>
    </message>
    <message>
        <source>There are no weights to edit yet: they appear once the network is built (press Reset weights or Run).</source>
        <translation>아직 편집할 가중치가 없습니다. 신경망이 만들어지면 생깁니다(가중치 초기화나 실행을 누르세요).</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>편향</translation>
    </message>
    <message>
        <source>“{text}” is not a usable value: type a number such as -2.5 (at most 1e6 in size).</source>
        <translation>쓸 수 없는 값입니다: “{text}”. -2.5 같은 숫자를 입력하세요(크기는 1e6까지).</translation>
    </message>
    <message>
        <source>Set weight W{l}[{i},{j}] to {v}</source>
        <translation>가중치 W{l}[{i},{j}] 변경: {v}</translation>
    </message>
    <message>
        <source>Set bias b{l}[{i}] to {v}</source>
        <translation>편향 b{l}[{i}] 변경: {v}</translation>
    </message>
    <message>
        <source>loss: {loss}</source>
        <translation>손실 함수: {loss}</translation>
    </message>
</context>
<context>
    <name>NetworkScene</name>
    <message>
        <source>Input layer</source>
        <translation>입력층</translation>
    </message>
    <message>
        <source>Output layer</source>
        <translation>출력층</translation>
    </message>
    <message>
        <source>Hidden layer {n}</source>
        <translation>은닉층 {n}</translation>
    </message>
    <message>
        <source>the input layer</source>
        <translation>입력층</translation>
    </message>
    <message>
        <source>the output layer</source>
        <translation>출력층</translation>
    </message>
    <message>
        <source>hidden layer {n}</source>
        <translation>은닉층 {n}</translation>
    </message>
    <message>
        <source>L1 {v}</source>
        <translation>L1 {v}</translation>
    </message>
    <message>
        <source>L2 {v}</source>
        <translation>L2 {v}</translation>
    </message>
    <message>
        <source>dropout {v}</source>
        <translation>드롭아웃 {v}</translation>
    </message>
    <message>
        <source>⋮
{n}</source>
        <translation>⋮
{n}</translation>
    </message>
    <message>
        <source>{n} neurons; the first {head} and the last {tail} are drawn.</source>
        <translation>뉴런 {n}개 중 처음 {head}개와 마지막 {tail}개만 그립니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>특성 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} · {activation}</source>
        <translation>{n} · {activation}</translation>
    </message>
    <message>
        <source>Remove the last neuron of {layer}.</source>
        <translation>{layer}의 마지막 뉴런을 지웁니다.</translation>
    </message>
    <message>
        <source>Add a neuron to {layer}.</source>
        <translation>{layer}에 뉴런을 하나 더합니다.</translation>
    </message>
    <message>
        <source>{title}: click to select it and edit it below.</source>
        <translation>{title}: 클릭해서 선택하면 아래에서 편집할 수 있습니다.</translation>
    </message>
    <message>
        <source>b {v}</source>
        <translation>b {v}</translation>
    </message>
    <message>
        <source>Input x{i}: feature {i} of {n}; it passes the data point&apos;s value on.</source>
        <translation>입력 x{i}: 특성 {n}개 중 {i}번째. 데이터 점의 값을 그대로 넘깁니다.</translation>
    </message>
    <message>
        <source>{layer}, neuron {i}</source>
        <translation>{layer}, 뉴런 {i}</translation>
    </message>
    <message>
        <source>a = {f}(Σ w·x + b)</source>
        <translation>a = {f}(Σ w·x + b)</translation>
    </message>
    <message>
        <source>not built yet</source>
        <translation>아직 만들어지지 않음</translation>
    </message>
    <message>
        <source>bias b = {v}
∂L/∂b: not computed yet (the next training step computes it)</source>
        <translation>편향 b = {v}
∂L/∂b: 아직 계산되지 않음(다음 학습 스텝에서 계산합니다)</translation>
    </message>
    <message>
        <source>bias b = {v}
∂L/∂b = {g}</source>
        <translation>편향 b = {v}
∂L/∂b = {g}</translation>
    </message>
    <message>
        <source>Bias of {layer}, neuron {i}: added to Σ w·x before the activation.</source>
        <translation>{layer} 뉴런 {i}의 편향: 활성화 함수를 거치기 전에 Σ w·x에 더해집니다.</translation>
    </message>
    <message>
        <source>Click to type a new value.</source>
        <translation>클릭하면 새 값을 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>{layer} neuron {n}</source>
        <translation>{layer} 뉴런 {n}</translation>
    </message>
    <message>
        <source>∂L/∂w: not computed yet (the next training step computes it)</source>
        <translation>∂L/∂w: 아직 계산되지 않음(다음 학습 스텝에서 계산합니다)</translation>
    </message>
    <message>
        <source>∂L/∂w = {g}</source>
        <translation>∂L/∂w = {g}</translation>
    </message>
    <message>
        <source>Weight W{l}[{i},{j}]: from {src} to {dst}</source>
        <translation>가중치 W{l}[{i},{j}]: {src} → {dst}</translation>
    </message>
    <message>
        <source>w = {v}</source>
        <translation>w = {v}</translation>
    </message>
    <message>
        <source>z{j} = Σᵢ wᵢ{j}·aᵢ + b{j}: this weight scales the input from {src}.</source>
        <translation>z{j} = Σᵢ wᵢ{j}·aᵢ + b{j}: 이 가중치는 {src}에서 오는 입력에 곱해집니다.</translation>
    </message>
</context>
<context>
    <name>OptimizerForm</name>
    <message>
        <source>Momentum μ: a velocity v ← μ·v + g carries past steps along (w ← w − η·v); it rolls through small bumps and along valleys. 0 = plain SGD.</source>
        <translation>모멘텀 μ: 속도 v ← μ·v + g가 지난 스텝들을 실어 나릅니다(w ← w − η·v). 작은 둔덕은 넘어가고 골짜기를 따라 굴러갑니다. 0이면 보통 SGD입니다.</translation>
    </message>
    <message>
        <source>Dampening: v ← μ·v + (1 − dampening)·g — how little of the new gradient enters the velocity.</source>
        <translation>감쇠(dampening): v ← μ·v + (1 − dampening)·g. 새 기울기가 속도에 얼마나 적게 들어갈지 정합니다.</translation>
    </message>
    <message>
        <source>Nesterov momentum: step with g + μ·v, a look ahead along the velocity (needs momentum &gt; 0 and dampening 0).</source>
        <translation>Nesterov 모멘텀: g + μ·v로 스텝을 밟아 속도 방향으로 한발 앞을 내다봅니다(momentum &gt; 0, dampening 0이어야 합니다).</translation>
    </message>
    <message>
        <source>Weight decay λ: adds λ·w to the gradient (L2 regularization), shrinking every weight a little each step.</source>
        <translation>가중치 감쇠 λ: 기울기에 λ·w를 더해(L2 정규화) 스텝마다 모든 가중치를 조금씩 줄입니다.</translation>
    </message>
    <message>
        <source>Learning-rate decay: step t uses η / (1 + (t − 1)·decay).</source>
        <translation>학습률 감쇠: 스텝 t에서 η / (1 + (t − 1)·decay)를 씁니다.</translation>
    </message>
    <message>
        <source>Adagrad&apos;s sum of squared gradients starts at this value (larger: smaller first steps).</source>
        <translation>Adagrad의 기울기 제곱 합이 이 값에서 시작합니다(클수록 첫 스텝이 작아집니다).</translation>
    </message>
    <message>
        <source>ε: added to the denominator √(…) + ε so that a parameter with tiny gradients does not get an enormous step.</source>
        <translation>ε: 분모 √(…) + ε에 더하는 값으로, 기울기가 아주 작은 매개변수가 터무니없이 큰 스텝을 밟지 않게 합니다.</translation>
    </message>
    <message>
        <source>α: RMSprop&apos;s running average of squared gradients, s ← α·s + (1 − α)·g²; the step is η·g / (√s + ε). It forgets old gradients, which fixes Adagrad&apos;s ever-shrinking rate.</source>
        <translation>α: RMSprop의 기울기 제곱 이동 평균 s ← α·s + (1 − α)·g². 스텝은 η·g / (√s + ε)입니다. 오래된 기울기를 잊어서, Adagrad의 학습률이 끝없이 줄어드는 문제를 고칩니다.</translation>
    </message>
    <message>
        <source>Centered RMSprop: divide by the gradient&apos;s running variance instead of its running mean square.</source>
        <translation>Centered RMSprop: 기울기 제곱의 이동 평균 대신 기울기의 이동 분산으로 나눕니다.</translation>
    </message>
    <message>
        <source>β₁: Adam&apos;s running average of gradients (momentum), m ← β₁·m + (1 − β₁)·g.</source>
        <translation>β₁: Adam의 기울기 이동 평균(모멘텀), m ← β₁·m + (1 − β₁)·g.</translation>
    </message>
    <message>
        <source>β₂: Adam&apos;s running average of squared gradients (as RMSprop), v ← β₂·v + (1 − β₂)·g²; the step is η·m̂ / (√v̂ + ε).</source>
        <translation>β₂: Adam의 기울기 제곱 이동 평균(RMSprop과 같음), v ← β₂·v + (1 − β₂)·g². 스텝은 η·m̂ / (√v̂ + ε)입니다.</translation>
    </message>
    <message>
        <source>AMSGrad: divide by the largest v̂ seen so far, so that the step size never grows back.</source>
        <translation>AMSGrad: 지금까지 나온 가장 큰 v̂로 나누어, 스텝 크기가 다시 커지지 않게 합니다.</translation>
    </message>
    <message>
        <source>Momentum:</source>
        <translation>모멘텀:</translation>
    </message>
    <message>
        <source>Dampening:</source>
        <translation>감쇠(dampening):</translation>
    </message>
    <message>
        <source>Nesterov:</source>
        <translation>Nesterov:</translation>
    </message>
    <message>
        <source>Weight decay:</source>
        <translation>가중치 감쇠:</translation>
    </message>
    <message>
        <source>Learning-rate decay:</source>
        <translation>학습률 감쇠:</translation>
    </message>
    <message>
        <source>Initial accumulator:</source>
        <translation>누적값의 초깃값:</translation>
    </message>
    <message>
        <source>Centered:</source>
        <translation>Centered:</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <source>dampening</source>
        <translation>감쇠(dampening)</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>가중치 감쇠</translation>
    </message>
    <message>
        <source>learning-rate decay</source>
        <translation>학습률 감쇠</translation>
    </message>
    <message>
        <source>initial accumulator</source>
        <translation>누적값의 초깃값</translation>
    </message>
    <message>
        <source>centered</source>
        <translation>centered</translation>
    </message>
    <message>
        <source>{help}

In code: {torch} (PyTorch; Keras has no such argument)</source>
        <translation>{help}

코드에서: {torch}(PyTorch, Keras에는 이 인자가 없습니다)</translation>
    </message>
    <message>
        <source>{help}

In code: {torch} (PyTorch), {keras} (Keras)</source>
        <translation>{help}

코드에서: {torch}(PyTorch), {keras}(Keras)</translation>
    </message>
    <message>
        <source>SGD: w ← w − η·g (with momentum: v ← μ·v + g, w ← w − η·v).</source>
        <translation>SGD: w ← w − η·g (모멘텀을 쓰면 v ← μ·v + g, w ← w − η·v).</translation>
    </message>
    <message>
        <source>Adagrad: s ← s + g², w ← w − η·g / (√s + ε): each weight gets its own rate, which shrinks as its gradients add up.</source>
        <translation>Adagrad: s ← s + g², w ← w − η·g / (√s + ε). 가중치마다 학습률이 따로 있고, 기울기가 쌓일수록 줄어듭니다.</translation>
    </message>
    <message>
        <source>RMSprop: s ← α·s + (1 − α)·g², w ← w − η·g / (√s + ε): Adagrad&apos;s per-weight rate without the decay.</source>
        <translation>RMSprop: s ← α·s + (1 − α)·g², w ← w − η·g / (√s + ε). Adagrad처럼 가중치마다 학습률이 따로 있지만, 계속 줄어들지는 않습니다.</translation>
    </message>
    <message>
        <source>Adam: momentum and RMSprop together, with bias correction: w ← w − η·m̂ / (√v̂ + ε).</source>
        <translation>Adam: 모멘텀과 RMSprop을 합치고 편향 보정을 더한 방법: w ← w − η·m̂ / (√v̂ + ε).</translation>
    </message>
    <message>
        <source>AdamW: Adam with the weight decay applied to the weights directly (w ← w − η·λ·w), not through the gradient.</source>
        <translation>AdamW: 가중치 감쇠를 기울기를 거치지 않고 가중치에 바로 적용하는 Adam (w ← w − η·λ·w).</translation>
    </message>
    <message>
        <source>{optimizer} usually takes a learning rate near {usual} (Keras&apos; default); {lr} is far above it and will likely make the loss explode.</source>
        <translation>{optimizer}에는 보통 {usual} 근처의 학습률을 씁니다(Keras의 기본값). {lr}처럼 훨씬 큰 값에서는 손실이 폭발하기 쉽습니다.</translation>
    </message>
    <message>
        <source>Nesterov momentum needs momentum above 0 and dampening 0: set momentum above 0 and dampening to 0 first.</source>
        <translation>Nesterov 모멘텀은 momentum이 0보다 크고 dampening이 0이어야 합니다. 먼저 momentum을 0보다 크게, dampening을 0으로 설정하세요.</translation>
    </message>
    <message>
        <source>Nesterov momentum needs momentum above 0 and dampening 0: set momentum first.</source>
        <translation>Nesterov 모멘텀은 momentum이 0보다 크고 dampening이 0이어야 합니다. 먼저 momentum을 설정하세요.</translation>
    </message>
    <message>
        <source>Nesterov momentum needs momentum above 0 and dampening 0: set dampening to 0 first.</source>
        <translation>Nesterov 모멘텀은 momentum이 0보다 크고 dampening이 0이어야 합니다. 먼저 dampening을 0으로 설정하세요.</translation>
    </message>
</context>
<context>
    <name>Optimizers</name>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Adagrad</source>
        <translation>Adagrad</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
</context>
<context>
    <name>OverfittingLab</name>
    <message>
        <source>Run the lab</source>
        <translation>실험 실행</translation>
    </message>
    <message>
        <source>Train [784, 256, 256, 10] on the first 1,000 MNIST training images for {0} epochs without a cure, then with each cure ticked, and measure the train and test accuracy.</source>
        <translation>MNIST 학습 이미지 앞 1,000장으로 [784, 256, 256, 10]을 {0} 에폭 동안, 해결책 없이 한 번, 체크한 해결책마다 한 번씩 학습시키고 학습·테스트 정확도를 잽니다.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Stop at the end of the epoch going on; the trainings that finished stay in the table.</source>
        <translation>지금 에폭이 끝나면 멈춥니다. 끝난 학습은 표에 남습니다.</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>training images</source>
        <translation>학습 이미지</translation>
    </message>
    <message>
        <source>test images</source>
        <translation>테스트 이미지</translation>
    </message>
    <message>
        <source>cure</source>
        <translation>해결책</translation>
    </message>
    <message>
        <source>train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>격차</translation>
    </message>
    <message>
        <source>gap closed</source>
        <translation>줄어든 격차</translation>
    </message>
    <message numerus="yes">
        <source>Run the lab: %n training(s) of {0} epochs (no cure, then each cure ticked), a few seconds each.</source>
        <translation>
            <numerusform>‘실험 실행’: {0} 에폭 학습 %n번(해결책 없이 한 번, 이어서 체크한 해결책마다 한 번), 한 번에 몇 초씩 걸립니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The lab is running (see the bar): press Stop to end it early.</source>
        <translation>실험이 진행 중입니다(진행 표시줄 참고). 일찍 끝내려면 ‘중지’를 누르세요.</translation>
    </message>
    <message>
        <source>Nothing is running: Stop ends a run of the lab early. Press Run the lab to start one.</source>
        <translation>진행 중인 실험이 없습니다. ‘중지’는 실험을 일찍 끝낼 때 씁니다. 시작하려면 ‘실험 실행’을 누르세요.</translation>
    </message>
    <message>
        <source>{0}: epoch {1} of {2}, train {3:.1%}, test {4:.1%}</source>
        <translation>{0}: {2} 에폭 중 {1}, 학습 {3:.1%}, 테스트 {4:.1%}</translation>
    </message>
    <message>
        <source>The lab stopped after {0} of {1} epochs; the table lists the trainings that finished. Run the lab starts again.</source>
        <translation>{1} 에폭 중 {0} 에폭 뒤 실험을 멈췄습니다. 표에는 끝난 학습만 나옵니다. ‘실험 실행’을 누르면 다시 시작합니다.</translation>
    </message>
</context>
<context>
    <name>Percent</name>
    <message>
        <source>{0}&#xa0;%</source>
        <translation>{0}%</translation>
    </message>
</context>
<context>
    <name>PlotItem</name>
    <message>
        <source>Plot Options</source>
        <translation>그래프 옵션</translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation>변환</translation>
    </message>
    <message>
        <source>Downsample</source>
        <translation>다운샘플링</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>투명도</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>격자</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>점</translation>
    </message>
</context>
<context>
    <name>PlotView</name>
    <message>
        <source>Save plot as PNG…</source>
        <translation>그래프를 PNG로 저장…</translation>
    </message>
    <message>
        <source>Save this plot as a PNG image.</source>
        <translation>이 그래프를 PNG 이미지로 저장합니다.</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>데이터를 CSV로 저장…</translation>
    </message>
    <message>
        <source>Save the numbers behind this plot as a CSV table.</source>
        <translation>이 그래프의 바탕이 된 수치를 CSV 표로 저장합니다.</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>보기 초기화</translation>
    </message>
    <message>
        <source>Show all the data again and follow new data ({0}). Dragging or scrolling on a plot zooms and pans it; it then stops following the data.</source>
        <translation>모든 데이터를 다시 보여 주고 새 데이터를 따라갑니다({0}). 그래프를 끌거나 스크롤하면 확대·이동되며, 그때부터는 데이터를 따라가지 않습니다.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Save this plot as a PNG image or its data as a CSV table.</source>
        <translation>이 그래프를 PNG 이미지로, 또는 그 데이터를 CSV 표로 저장합니다.</translation>
    </message>
    <message>
        <source>layer {0} ({1})</source>
        <translation>층 {0} ({1})</translation>
    </message>
    <message>
        <source>layer {0}</source>
        <translation>층 {0}</translation>
    </message>
    <message>
        <source>Could not write the image {0}: check that the folder exists and that you may write to it.</source>
        <translation>이미지를 쓸 수 없습니다: {0}. 폴더가 있는지, 쓰기 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Could not write the table {0}: {1}. Check that the folder exists and that you may write to it.</source>
        <translation>표를 쓸 수 없습니다: {0}: {1}. 폴더가 있는지, 쓰기 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Save plot as PNG</source>
        <translation>그래프를 PNG로 저장</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Save data as CSV</source>
        <translation>데이터를 CSV로 저장</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Regression: one real value per output</source>
        <translation>회귀: 출력마다 실수 하나</translation>
    </message>
    <message>
        <source>Binary classification: one probability</source>
        <translation>이진 분류: 확률 하나</translation>
    </message>
    <message>
        <source>Multi-class classification: one unit per class</source>
        <translation>다중 클래스 분류: 클래스마다 유닛 하나</translation>
    </message>
    <message>
        <source>Multi-label classification: yes/no per class</source>
        <translation>다중 레이블 분류: 클래스마다 예/아니요</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <source>start a new project</source>
        <extracomment>completes &quot;Save them before you {0}?&quot; of the unsaved-changes question</extracomment>
        <translation>새 프로젝트를 시작하기</translation>
    </message>
    <message>
        <source>open an example</source>
        <extracomment>completes &quot;Save them before you {0}?&quot; of the unsaved-changes question</extracomment>
        <translation>예제를 열기</translation>
    </message>
    <message>
        <source>open another project</source>
        <extracomment>completes &quot;Save them before you {0}?&quot; of the unsaved-changes question</extracomment>
        <translation>다른 프로젝트를 열기</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <source>NN Studio projects (*{0});;All files (*)</source>
        <translation>NN Studio 프로젝트 (*{0});;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>프로젝트를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Opened {0}.</source>
        <translation>프로젝트를 열었습니다: {0}</translation>
    </message>
    <message>
        <source>There is not enough memory for this project&apos;s network.</source>
        <translation>이 프로젝트의 신경망을 올릴 메모리가 부족합니다.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>프로젝트 저장</translation>
    </message>
    <message>
        <source>NN Studio projects (*{0})</source>
        <translation>NN Studio 프로젝트 (*{0})</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>저장했습니다: {0}</translation>
    </message>
    <message>
        <source>(no recent projects)</source>
        <translation>(최근 프로젝트 없음)</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Export a PyTorch script</source>
        <translation>PyTorch 스크립트로 내보내기</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Python 스크립트 (*.py)</translation>
    </message>
    <message>
        <source>Export an ONNX model</source>
        <translation>ONNX 모델로 내보내기</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX 모델 (*.onnx)</translation>
    </message>
    <message>
        <source>network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <source>Cannot export the network</source>
        <translation>신경망을 내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>Exported {0}.</source>
        <translation>내보냈습니다: {0}</translation>
    </message>
    <message>
        <source>Autosave failed: {0}. Were NN Studio to stop now, the changes since your last save would be lost: save the project, or make room on the disk.</source>
        <translation>자동 저장 실패: {0}. 지금 NN Studio가 멈추면 마지막으로 저장한 뒤의 변경 사항을 잃게 됩니다. 프로젝트를 저장하거나 디스크에 공간을 확보하세요.</translation>
    </message>
    <message>
        <source>{0} (autosaved {1})</source>
        <extracomment>a kept recovery copy&apos;s file name: the project&apos;s name and when it was saved automatically</extracomment>
        <translation>{0} (자동 저장 {1})</translation>
    </message>
    <message>
        <source>Older autosaved projects kept</source>
        <translation>이전 자동 저장 프로젝트를 보관했습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n older autosaved project(s) from windows that did not close properly are kept in {0}: open them with File → Open project…</source>
        <translation>
            <numerusform>제대로 닫히지 않은 창에서 자동 저장된 이전 프로젝트 %n개를 {0}에 보관했습니다. 파일 → 프로젝트 열기…로 여세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>An older autosaved project could not be kept aside ({0}); it is offered at the next start.</source>
        <translation>이전 자동 저장 프로젝트를 따로 보관할 수 없었습니다({0}). 다음에 시작할 때 다시 제안합니다.</translation>
    </message>
    <message>
        <source>{0}

The autosaved copy is kept: NN Studio offers it again at its next start.</source>
        <translation>{0}

자동 저장된 사본은 그대로 남아 있습니다. 다음에 NN Studio를 시작할 때 다시 복원할지 묻습니다.</translation>
    </message>
    <message>
        <source>Cannot restore the autosaved project</source>
        <translation>자동 저장된 프로젝트를 복원할 수 없습니다</translation>
    </message>
    <message>
        <source>The autosaved project is restored once its data is downloaded; its copy is kept until then.</source>
        <translation>자동 저장된 프로젝트는 데이터 다운로드가 끝나면 복원됩니다. 그때까지 사본은 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <source>The autosaved project was not restored; its copy is kept and offered again at the next start.</source>
        <translation>자동 저장된 프로젝트를 복원하지 않았습니다. 사본은 그대로 남아 있으며 다음에 시작할 때 다시 복원할지 묻습니다.</translation>
    </message>
    <message>
        <source>Restored the autosaved project.</source>
        <translation>자동 저장된 프로젝트를 복원했습니다.</translation>
    </message>
    <message>
        <source>An autosaved project cannot be restored by this NN Studio: {0}

It is not damaged and is kept as {1}: open it with File → Open project… in the newer NN Studio, or in this one once updated.</source>
        <translation>이 NN Studio로는 자동 저장된 프로젝트를 복원할 수 없습니다: {0}

파일은 손상되지 않았으며 {1} 파일로 보관했습니다. 더 새로운 NN Studio에서, 또는 이 NN Studio를 업데이트한 뒤 파일 → 프로젝트 열기…로 여세요.</translation>
    </message>
    <message>
        <source>An autosaved project cannot be read, so it cannot be restored: {0}

It could not be moved aside ({1}) and stays at {2}.</source>
        <translation>자동 저장된 프로젝트를 읽을 수 없어 복원할 수 없습니다: {0}

따로 옮겨 두지 못해({1}) {2}에 그대로 있습니다.</translation>
    </message>
    <message>
        <source>An autosaved project cannot be read, so it cannot be restored: {0}

It was moved to {1} and is not offered again.</source>
        <translation>자동 저장된 프로젝트를 읽을 수 없어 복원할 수 없습니다: {0}

이 파일은 다음 위치로 옮겼으며 다시 복원할지 묻지 않습니다: {1}</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>폴더</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>찾는 위치(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>파일 형식(&amp;T):</translation>
    </message>
</context>
<context>
    <name>Race</name>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <source>Adagrad</source>
        <translation>Adagrad</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>The lecture&apos;s five</source>
        <translation>강의의 다섯 가지</translation>
    </message>
    <message>
        <source>Learning rates</source>
        <translation>학습률 비교</translation>
    </message>
    <message>
        <source>Adam vs SGD at the same rate</source>
        <translation>같은 학습률의 Adam과 SGD</translation>
    </message>
    <message>
        <source>Network race</source>
        <translation>신경망 경주</translation>
    </message>
    <message>
        <source>Many seeds</source>
        <translation>여러 시드</translation>
    </message>
    <message>
        <source>Loss surface</source>
        <translation>손실 곡면</translation>
    </message>
    <message>
        <source>Same learning rate</source>
        <translation>같은 학습률</translation>
    </message>
    <message>
        <source>Each tuned</source>
        <translation>각자 조정</translation>
    </message>
    <message>
        <source>Every contestant diverged by step {n}: lower the learning rates and press Restart.</source>
        <translation>스텝 {n}까지 모든 참가자가 발산했습니다. 학습률을 낮추고 ‘다시 시작’을 누르세요.</translation>
    </message>
    <message numerus="yes">
        <source>The race is over after %n step(s). Restart races again; a longer race goes on.</source>
        <translation>
            <numerusform>%n 스텝 뒤 경주가 끝났습니다. ‘다시 시작’하면 다시, 스텝을 늘리면 이어서 경주합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every seed has run %n step(s). Restart races again.</source>
        <translation>
            <numerusform>모든 시드가 %n 스텝을 마쳤습니다. ‘다시 시작’을 누르면 다시 경주합니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RaceLossPlot</name>
    <message>
        <source>Log scale</source>
        <translation>로그 눈금</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis: late, small improvements and the differences between fast contestants stay visible.</source>
        <translation>손실을 로그 축에 그립니다. 나중의 작은 개선도, 빠른 참가자들 사이의 차이도 잘 보입니다.</translation>
    </message>
    <message>
        <source>x: steps</source>
        <translation>x: 스텝</translation>
    </message>
    <message>
        <source>x: seconds</source>
        <translation>x: 초</translation>
    </message>
    <message>
        <source>Plot against race steps (the same batches for everyone) or against each contestant&apos;s own compute seconds (what a step costs: Adam&apos;s steps take longer than SGD&apos;s).</source>
        <translation>경주 스텝(모두에게 같은 배치)을 기준으로 그리거나, 참가자마다 자기 계산 시간(초)을 기준으로 그립니다(스텝 하나에 드는 시간: Adam의 스텝은 SGD의 스텝보다 오래 걸립니다).</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>Loss of every contestant: solid lines are the training loss averaged over the last epoch&apos;s batches, dashed lines the test loss; a cross marks the step where a contestant diverged, the dashed grey line the target loss.</source>
        <translation>모든 참가자의 손실: 실선은 지난 에폭의 배치들에 대해 평균한 학습 손실, 점선은 테스트 손실입니다. 십자 표시는 참가자가 발산한 스텝을, 회색 점선은 목표 손실을 나타냅니다.</translation>
    </message>
    <message>
        <source>Accuracy of every contestant: solid on the training batches (epoch mean), dashed on the test data.</source>
        <translation>모든 참가자의 정확도: 실선은 학습 배치에서의 값(에폭 평균), 점선은 테스트 데이터에서의 값입니다.</translation>
    </message>
    <message>
        <source>compute seconds (each contestant&apos;s own)</source>
        <translation>계산 시간(초, 참가자마다 각자의 시간)</translation>
    </message>
    <message>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <source>training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>test</source>
        <translation>테스트</translation>
    </message>
</context>
<context>
    <name>RaceRoom</name>
    <message>
        <source>Contestants and set-up</source>
        <translation>참가자와 설정</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>&amp;Contestants and set-up</source>
        <translation>참가자와 설정(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>결과(&amp;R)</translation>
    </message>
    <message>
        <source>Race steps taken of the race&apos;s length (the same for every contestant).</source>
        <translation>경주 길이 가운데 진행한 경주 스텝 수입니다(모든 참가자가 같습니다).</translation>
    </message>
    <message>
        <source>How far the race (or, when each is tuned, the tuning) has got.</source>
        <translation>경주(각자 조정할 때는 조정)가 얼마나 진행되었는지 보여 줍니다.</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>한 스텝(&amp;S)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>중지(&amp;O)</translation>
    </message>
    <message>
        <source>Res&amp;tart</source>
        <translation>다시 시작(&amp;T)</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>경주</translation>
    </message>
    <message>
        <source>Start the race, or pause it if it runs (Space).</source>
        <translation>경주를 시작합니다. 경주 중이면 일시 정지합니다(Space).</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>한 스텝</translation>
    </message>
    <message>
        <source>One race step for every contestant, then pause (S); with many seeds or while tuning, one chunk of steps.</source>
        <translation>모든 참가자가 경주 스텝 하나를 밟고 멈춥니다(S). 여러 시드일 때나 조정 중에는 스텝 한 묶음을 진행합니다.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>End the race here: the table is final; Race then starts a new one (Esc).</source>
        <translation>경주를 여기서 끝냅니다. 표가 최종 결과가 되고, 그다음 ‘경주’를 누르면 새 경주를 시작합니다(Esc).</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>다시 시작</translation>
    </message>
    <message>
        <source>Back to the start: the same contestants from the same weights (R).</source>
        <translation>처음으로 되돌립니다: 같은 참가자들이 같은 가중치에서 다시 출발합니다(R).</translation>
    </message>
    <message>
        <source>Race on the studio&apos;s current network, initial weights, data and batch size (Ctrl+Shift+T).</source>
        <translation>스튜디오의 현재 신경망, 초기 가중치, 데이터, 배치 크기로 경주합니다(Ctrl+Shift+T).</translation>
    </message>
    <message>
        <source>SGD, momentum, AdaGrad and Adam on x²/20 + y² from (−7, 2): the 30 points of the figure in &quot;Deep Learning from Scratch&quot;, the start and 29 steps (Ctrl+Shift+F).</source>
        <translation>SGD, 모멘텀, AdaGrad, Adam이 x²/20 + y² 위에서 (−7, 2)부터 내려갑니다. 『밑바닥부터 시작하는 딥러닝』 그림의 점 30개, 곧 시작점과 29 스텝입니다(Ctrl+Shift+F).</translation>
    </message>
    <message>
        <source>SGD and momentum at η = 0.05 on a tilted double well: SGD settles in the local minimum, momentum&apos;s inertia carries it into the global one, as the lecture says (Ctrl+Shift+M).</source>
        <translation>기울어진 이중 우물 위의 SGD와 모멘텀(η = 0.05): SGD는 지역 최솟값에 머물고, 모멘텀은 관성으로 전역 최솟값까지 넘어갑니다. 강의에서 말한 그대로입니다(Ctrl+Shift+M).</translation>
    </message>
    <message>
        <source>Every contestant trains its own copy of the network on the same batches (Alt+1).</source>
        <translation>참가자마다 자기 신경망 복사본을 같은 배치로 학습시킵니다(Alt+1).</translation>
    </message>
    <message>
        <source>Every contestant from many initial weights at once: median, spread, success rate (Alt+2).</source>
        <translation>참가자마다 여러 초기 가중치에서 한꺼번에 학습합니다: 중앙값, 퍼짐, 성공률(Alt+2).</translation>
    </message>
    <message>
        <source>Every contestant descends a loss surface of two parameters (Alt+3).</source>
        <translation>참가자마다 매개변수 두 개짜리 손실 곡면을 내려갑니다(Alt+3).</translation>
    </message>
    <message>
        <source>&amp;Race</source>
        <translation>경주(&amp;R)</translation>
    </message>
    <message>
        <source>Take the studio&apos;s net&amp;work</source>
        <translation>스튜디오의 신경망 가져오기(&amp;W)</translation>
    </message>
    <message>
        <source>Textbook &amp;figure</source>
        <translation>교재 그림(&amp;F)</translation>
    </message>
    <message>
        <source>Lo&amp;cal minimum</source>
        <translation>지역 최솟값(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Network race</source>
        <translation>신경망 경주(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Many seeds</source>
        <translation>여러 시드(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Loss surface</source>
        <translation>손실 곡면(&amp;L)</translation>
    </message>
    <message>
        <source>Pr&amp;esets</source>
        <translation>프리셋(&amp;E)</translation>
    </message>
    <message>
        <source>What to race: copies of a network, the same from many seeds, or points on a loss surface (Alt+1, Alt+2, Alt+3).</source>
        <translation>무엇을 경주시킬지 고릅니다: 신경망의 복사본, 여러 시드에서 출발한 같은 신경망, 또는 손실 곡면 위의 점(Alt+1, Alt+2, Alt+3).</translation>
    </message>
    <message>
        <source> Speed: </source>
        <translation> 속도: </translation>
    </message>
    <message>
        <source>Full speed</source>
        <translation>최고 속도</translation>
    </message>
    <message>
        <source>{0} steps/s</source>
        <translation>초당 {0} 스텝</translation>
    </message>
    <message>
        <source>Slow motion: at most this many race steps per second, or full speed.</source>
        <translation>천천히 보기: 초당 최대 이만큼의 경주 스텝을 밟거나, 최고 속도로 진행합니다.</translation>
    </message>
    <message>
        <source>Optimizer race</source>
        <translation>옵티마이저 경주</translation>
    </message>
    <message numerus="yes">
        <source>The race stopped after %n step(s); the table is final. Race starts a new one.</source>
        <translation>
            <numerusform>%n 스텝 뒤 경주를 멈췄습니다. 표가 최종 결과입니다. ‘경주’를 누르면 새 경주를 시작합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to stop: the race has not begun or is over. Race starts it.</source>
        <translation>멈출 경주가 없습니다. 경주가 아직 시작되지 않았거나 이미 끝났습니다. ‘경주’를 누르면 시작합니다.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>일시 정지(&amp;P)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>The tuning stopped at {0} %. Race tunes again from the start.</source>
        <translation>조정이 {0} %에서 멈췄습니다. ‘경주’를 누르면 처음부터 다시 조정합니다.</translation>
    </message>
    <message>
        <source>The race stopped</source>
        <translation>경주가 멈췄습니다</translation>
    </message>
    <message>
        <source>Many seeds race at full speed: slow motion is for the network race (Alt+1).</source>
        <translation>여러 시드는 최고 속도로 경주합니다. 천천히 보기는 신경망 경주에서 씁니다(Alt+1).</translation>
    </message>
    <message>
        <source>The loss surface plays its paths at its own pace: slow motion is for the network race (Alt+1).</source>
        <translation>손실 곡면은 경로를 정해진 속도로 재생합니다. 천천히 보기는 신경망 경주에서 씁니다(Alt+1).</translation>
    </message>
    <message>
        <source>Tuning the learning rates…</source>
        <translation>학습률 조정 중…</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>스텝 {0} / {1}</translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <source>Save the table as shown, every row and column, as a PNG image.</source>
        <translation>보이는 그대로의 표를, 스크롤해야 보이는 행과 열까지 모두 PNG 이미지로 저장합니다.</translation>
    </message>
    <message>
        <source>Every contestant&apos;s result. Loss and accuracy are averaged over the last epoch&apos;s batches (Keras&apos; epoch loss); a dash: not reached or not known. Click a column&apos;s title to sort by it; Ctrl+C copies the rows.</source>
        <translation>모든 참가자의 결과입니다. 손실과 정확도는 마지막 에폭 동안의 배치에 대한 평균입니다(Keras의 에폭 손실). 대시(–)는 도달하지 못했거나 알 수 없다는 뜻입니다. 열 제목을 누르면 그 열로 정렬하고, Ctrl+C는 행을 복사합니다.</translation>
    </message>
    <message>
        <source>{0} (best of {1})</source>
        <translation>{0} ({1}개 중 최적)</translation>
    </message>
    <message>
        <source>{0} (best of {1}: the largest tried)</source>
        <translation>{0} ({1}개 중 최적, 시험한 것 중 가장 큼)</translation>
    </message>
    <message numerus="yes">
        <source>Each learning rate&apos;s loss at the end of its %n tuning step(s), the epoch loss as the Loss column shows it (the median of the seeds): {0}</source>
        <translation>
            <numerusform>학습률마다 조정 %n 스텝이 끝났을 때의 손실입니다. 손실 열이 보여 주는 것과 같은 에폭 손실입니다(시드들의 중앙값): {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}. The best rate is the largest tried: a larger one may do better still.</source>
        <translation>{0}. 최적 학습률이 시험한 것 중 가장 큰 값입니다. 더 큰 학습률이 더 좋을 수도 있습니다.</translation>
    </message>
    <message>
        <source>{0} (best of {1}: the smallest tried)</source>
        <translation>{0} ({1}개 중 최적, 시험한 것 중 가장 작음)</translation>
    </message>
    <message>
        <source>{0}. The best rate is the smallest tried: a smaller one may do better still.</source>
        <translation>{0}. 최적 학습률이 시험한 것 중 가장 작은 값입니다. 더 작은 학습률이 더 좋을 수도 있습니다.</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>참가자</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>η</source>
        <translation>η</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>테스트 손실</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>테스트 정확도</translation>
    </message>
    <message>
        <source>Steps to {0:g}</source>
        <translation>{0:g}까지 스텝</translation>
    </message>
    <message>
        <source>Seconds to {0:g}</source>
        <translation>{0:g}까지 초</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <source>Tuned rate</source>
        <translation>조정된 학습률</translation>
    </message>
    <message>
        <source>at step {0}</source>
        <translation>스텝 {0}에서</translation>
    </message>
    <message>
        <source>Median loss</source>
        <translation>손실 중앙값</translation>
    </message>
    <message>
        <source>Median accuracy</source>
        <translation>정확도 중앙값</translation>
    </message>
    <message>
        <source>Reached {0:g}</source>
        <translation>{0:g} 도달</translation>
    </message>
    <message>
        <source>Steps (median, IQR)</source>
        <translation>스텝 (중앙값, IQR)</translation>
    </message>
    <message>
        <source>Reached 100 %</source>
        <translation>100 % 도달</translation>
    </message>
    <message>
        <source>{0} ({1}–{2})</source>
        <translation>{0} ({1}–{2})</translation>
    </message>
    <message numerus="yes">
        <source>The steps to the target of the %n seed(s) that reached it (of {0}): median {1:g}, quartiles {2:g} and {3:g}.</source>
        <translation>
            <numerusform>목표에 도달한 시드 %n개(전체 {0}개)가 걸린 스텝 수: 중앙값 {1:g}, 사분위수 {2:g}, {3:g}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nearest minimum</source>
        <translation>가장 가까운 최솟값</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>거리</translation>
    </message>
    <message>
        <source>Step {0} of {1}: where each contestant is now, all from the same start.</source>
        <translation>{1} 스텝 중 {0} 스텝: 모든 참가자가 같은 출발점에서 지금 있는 곳.</translation>
    </message>
    <message numerus="yes">
        <source>Every contestant took the same %n step(s) from the same start.</source>
        <translation>
            <numerusform>모든 참가자가 같은 출발점에서 같은 %n 스텝을 밟았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} local</source>
        <translation>{0} 지역</translation>
    </message>
    <message>
        <source>{0} global</source>
        <translation>{0} 전역</translation>
    </message>
    <message numerus="yes">
        <source>Each tuned: every contestant tried the same {0} learning rates (0.001 to 1) for %n step(s) each — the same budget for all — and races at the best one.</source>
        <translation>
            <numerusform>각자 조정: 모든 참가자가 같은 학습률 {0}개(0.001부터 1까지)를 각각 %n 스텝씩 시험했고(모두 같은 예산), 그중 가장 좋은 학습률로 경주합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each tuned: best of {0} rates, %n step(s) each.</source>
        <translation>
            <numerusform>각자 조정: 학습률 {0}개를 각각 %n 스텝씩 시험해 가장 좋은 학습률로 경주합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each tuned: every contestant tries the same {0} learning rates (0.001 to 1) for %n step(s) each — the same budget for all — then races at the best one.</source>
        <translation>
            <numerusform>각자 조정: 모든 참가자가 같은 학습률 {0}개(0.001부터 1까지)를 각각 %n 스텝씩 시험하고(모두 같은 예산), 그중 가장 좋은 학습률로 경주합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each tuned: tries {0} rates, %n step(s) each.</source>
        <translation>
            <numerusform>각자 조정: 학습률 {0}개를 각각 %n 스텝씩 시험합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Same start (weights {0}), same batches ({1}), %n step(s).</source>
        <translation>
            <numerusform>같은 출발점(가중치 {0}), 같은 배치({1}), %n 스텝.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Same start, same batches, %n step(s).</source>
        <translation>
            <numerusform>같은 시작, 같은 배치, %n 스텝.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seeds: {0}; %n step(s) each.</source>
        <translation>
            <numerusform>시드 {0}개, 각각 %n 스텝.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tuning: {0} % done.</source>
        <translation>조정: {0} % 완료.</translation>
    </message>
    <message>
        <source>Save table as PNG…</source>
        <translation>표를 PNG로 저장…</translation>
    </message>
    <message>
        <source>Save the table&apos;s numbers as a CSV table.</source>
        <translation>표의 수치를 CSV 표로 저장합니다.</translation>
    </message>
    <message>
        <source>Save the table as a PNG image or its numbers as a CSV table.</source>
        <translation>표를 PNG 이미지로, 또는 그 수치를 CSV 표로 저장합니다.</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>Compiling the fast training code for this network size: a few seconds the first time on this computer, then it is reused.</source>
        <translation>이 크기의 신경망을 위한 빠른 학습 코드를 컴파일하는 중입니다. 이 컴퓨터에서 처음에만 몇 초 걸리고, 이후에는 다시 사용합니다.</translation>
    </message>
</context>
<context>
    <name>SavedDrawingsList</name>
    <message>
        <source>Saved drawings</source>
        <translation>저장한 그림</translation>
    </message>
    <message>
        <source>Your saved drawings and their labels. Double-click one to put it on the canvas; select one and press Delete (or right-click it) to delete it and its file.</source>
        <translation>저장한 그림과 레이블입니다. 그림을 더블클릭하면 캔버스에 올라갑니다. 그림을 고르고 Delete 키를 누르면(또는 오른쪽 클릭) 그림과 파일이 삭제됩니다.</translation>
    </message>
    <message>
        <source>Put on the canvas</source>
        <translation>캔버스에 올리기</translation>
    </message>
    <message>
        <source>Show the drawing on the canvas with its label, to see what the model answers for it (double-click)</source>
        <translation>그림을 레이블과 함께 캔버스에 올려 모델의 답을 봅니다(더블클릭)</translation>
    </message>
    <message>
        <source>Delete drawing</source>
        <translation>그림 삭제</translation>
    </message>
    <message>
        <source>Delete the selected drawings and their files (Delete)</source>
        <translation>고른 그림과 파일을 삭제합니다(Delete)</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>SeedBandPlot</name>
    <message>
        <source>Log scale</source>
        <translation>로그 눈금</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis.</source>
        <translation>손실을 로그 축에 그립니다.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <source>loss (epoch mean)</source>
        <translation>손실 (에폭 평균)</translation>
    </message>
    <message>
        <source>Every contestant from many initial weights: the line is the median loss over the seeds, the band holds the middle half of them (first to third quartile). A band that shoots to the top: at least a quarter of the seeds diverged.</source>
        <translation>여러 초기 가중치에서 출발한 모든 참가자: 선은 시드들에 대한 손실 중앙값이고, 띠는 시드들의 가운데 절반(제1사분위수부터 제3사분위수까지)을 담습니다. 띠가 맨 위로 치솟으면 시드 중 적어도 4분의 1이 발산한 것입니다.</translation>
    </message>
</context>
<context>
    <name>SettingsCard</name>
    <message>
        <source>Race</source>
        <translation>경주</translation>
    </message>
    <message>
        <source>Same learning rate: each contestant races with the rate you set. Each tuned: first every contestant tries the same {0} learning rates (0.001 to 1) for the same number of steps — the same budget for all — then each races at its best rate.</source>
        <translation>같은 학습률: 참가자마다 설정한 학습률로 경주합니다. 각자 조정: 먼저 모든 참가자가 같은 학습률 {0}개(0.001부터 1까지)를 같은 스텝 수만큼 시험하고(모두 같은 예산), 그다음 각자 가장 좋은 학습률로 경주합니다.</translation>
    </message>
    <message>
        <source>Target loss:</source>
        <translation>목표 손실:</translation>
    </message>
    <message>
        <source>When the training loss (averaged over an epoch) first reaches this value: the table shows the steps and seconds each contestant needed, many seeds the share that got there.</source>
        <translation>학습 손실(에폭 평균)이 처음 이 값에 도달한 때: 표에 참가자마다 걸린 스텝 수와 초가 나오고, 여러 시드에서는 도달한 비율이 나옵니다.</translation>
    </message>
    <message>
        <source>Off until you tick Target loss: then, when the training loss (averaged over an epoch) first reaches this value, the table shows the steps and seconds each contestant needed.</source>
        <translation>‘목표 손실’에 체크해야 켜집니다. 그러면 학습 손실(에폭 평균)이 처음 이 값에 도달할 때 참가자마다 걸린 스텝 수와 초가 표에 나옵니다.</translation>
    </message>
    <message>
        <source>How many steps the race lasts; a longer race goes on from where it stopped.</source>
        <translation>경주가 몇 스텝 동안 이어질지 정합니다. 경주를 더 길게 하면 멈춘 곳에서 이어 갑니다.</translation>
    </message>
    <message>
        <source>Many seeds: how many initial weights (and batch orders) every contestant trains from, all at once.</source>
        <translation>여러 시드: 모든 참가자가 한꺼번에 학습을 시작하는 초기 가중치(와 배치 순서)의 수입니다.</translation>
    </message>
    <message>
        <source>Each tuned: the steps every tried learning rate runs (the same for every contestant). It follows the race&apos;s Steps until you change it here; set it to Steps again to link it back. As many as the race&apos;s picks the rate that does best over the race; fewer is quicker but judges the rates on how they start.</source>
        <translation>각자 조정: 시험하는 학습률마다 실행하는 스텝 수입니다(모든 참가자에게 같습니다). 여기서 바꾸기 전까지는 경주의 스텝 수를 따라갑니다. 다시 스텝과 같은 값으로 맞추면 다시 연결됩니다. 경주와 같은 길이면 경주 전체에서 가장 잘하는 학습률을 고릅니다. 더 짧으면 빠르지만 학습률을 시작 모습으로만 판단합니다.</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>비교:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>스텝:</translation>
    </message>
    <message>
        <source>Seeds:</source>
        <translation>시드:</translation>
    </message>
    <message>
        <source>Tuning steps:</source>
        <translation>조정 스텝:</translation>
    </message>
    <message>
        <source>The loss surface races without these settings (its steps are set above the surface): choose Network race (Alt+1) or Many seeds (Alt+2) to use them.</source>
        <translation>손실 곡면 경주는 이 설정을 쓰지 않습니다(스텝 수는 곡면 위에서 정합니다). 이 설정을 쓰려면 신경망 경주(Alt+1)나 여러 시드(Alt+2)를 고르세요.</translation>
    </message>
    <message>
        <source>Only Many seeds trains from several seeds: choose it in the mode box (Alt+2).</source>
        <translation>여러 시드 모드에서만 여러 초기 가중치로 학습합니다. 모드 상자에서 여러 시드를 고르세요(Alt+2).</translation>
    </message>
    <message>
        <source>Only Each tuned tries learning rates first: choose it under Compare.</source>
        <translation>각자 조정만 먼저 학습률을 시험합니다. ‘비교’에서 각자 조정을 고르세요.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>everywhere</source>
        <translation>어디서나</translation>
    </message>
    <message>
        <source>in this room</source>
        <translation>이 방에서</translation>
    </message>
    <message>
        <source>after a click in the view</source>
        <translation>해당 보기를 클릭한 뒤</translation>
    </message>
    <message>
        <source>after a click in: {0}</source>
        <translation>다음을 클릭한 뒤: {0}</translation>
    </message>
    <message>
        <source>in the drawing pad, after a click in: {0}</source>
        <translation>그리기 패드에서 다음을 클릭한 뒤: {0}</translation>
    </message>
    <message>
        <source>in the drawing pad</source>
        <translation>그리기 패드에서</translation>
    </message>
    <message>
        <source>{0} in: {1} (there: {2})</source>
        <translation>{1} 안에서 누르는 {0} 키 (그곳에서는 {2})</translation>
    </message>
    <message>
        <source>in the drawing pad, except {0}</source>
        <translation>그리기 패드에서. 단, 다음은 예외: {0}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>쓰는 곳</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>하는 일</translation>
    </message>
    <message>
        <source>Click a column&apos;s title to sort by it. Ctrl+C copies the selected rows (all if none is selected).</source>
        <translation>열 제목을 클릭하면 그 열로 정렬합니다. Ctrl+C로 선택한 행을 복사합니다(선택이 없으면 모든 행).</translation>
    </message>
    <message>
        <source>The keys of the room {0}, of the whole window and of the drawing pad. A view&apos;s own keys work once you have clicked it; a one-letter key (S, R) is typed into a field, list or combo box that has the keyboard focus.</source>
        <translation>{0} 방과 창 전체, 그리기 패드의 단축키입니다. 보기마다 있는 단축키는 그 보기를 한 번 클릭한 뒤에 작동합니다. 입력란이나 목록, 콤보 상자에 키보드 포커스가 있으면 한 글자 단축키(S, R)는 그곳에 입력됩니다.</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Change optimizer</source>
        <translation>옵티마이저 변경</translation>
    </message>
    <message>
        <source>Change learning rate</source>
        <translation>학습률 변경</translation>
    </message>
    <message>
        <source>Change batch size</source>
        <translation>배치 크기 변경</translation>
    </message>
    <message>
        <source>Change seed</source>
        <translation>시드 변경</translation>
    </message>
    <message>
        <source>Change epochs</source>
        <translation>최대 에폭 변경</translation>
    </message>
    <message>
        <source>Change early stopping</source>
        <translation>조기 종료 변경</translation>
    </message>
    <message>
        <source>Change augmentation</source>
        <translation>이미지 증강 변경</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>The data the network learns from; the XOR points come first, MNIST sets are offered for download when not found.</source>
        <translation>신경망이 학습할 데이터입니다. 맨 위는 XOR 점들이고, MNIST 데이터는 찾지 못하면 내려받기를 제안합니다.</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>데이터:</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV 가져오기…</translation>
    </message>
    <message>
        <source>Load your own table of numbers: feature columns and one column with the label or target value, the column headed label, class, target, category or output (or 레이블, 라벨, 클래스, 정답, 분류), else the last column.</source>
        <translation>직접 만든 숫자 표를 불러옵니다. 특성 열들과 레이블이나 목표값을 담은 열 하나로 이루어집니다. 레이블 열은 머리글이 label, class, target, category, output 또는 레이블, 라벨, 클래스, 정답, 분류인 열이고, 그런 열이 없으면 마지막 열입니다.</translation>
    </message>
    <message>
        <source>The kind of problem this dataset poses, which fixes the output layer&apos;s activation and the loss (the lecture&apos;s table).</source>
        <translation>이 데이터셋이 내는 문제의 유형입니다. 이에 따라 출력층의 활성화 함수와 손실 함수가 정해집니다(강의의 표).</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>문제 유형:</translation>
    </message>
    <message>
        <source>How many points train the network and how many are held out to test it.</source>
        <translation>신경망 학습에 쓰는 점의 수와 테스트용으로 떼어 둔 점의 수입니다.</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>개수:</translation>
    </message>
    <message>
        <source>Number of points generated for a toy dataset (training plus test).</source>
        <translation>연습용 데이터셋에서 만들어 낼 점의 수입니다(학습용과 테스트용 합계).</translation>
    </message>
    <message>
        <source>Generate:</source>
        <translation>생성 개수:</translation>
    </message>
    <message>
        <source>Random jitter added to the toy points; more noise blurs the border between the classes.</source>
        <translation>연습용 점에 더하는 무작위 흔들림입니다. 노이즈가 클수록 클래스 사이의 경계가 흐려집니다.</translation>
    </message>
    <message>
        <source>Noise:</source>
        <translation>노이즈:</translation>
    </message>
    <message>
        <source>Fraction of the toy points kept aside to test the network on data it never trained on.</source>
        <translation>학습에 한 번도 쓰지 않은 데이터로 신경망을 테스트하려고 따로 떼어 두는 연습용 점의 비율입니다.</translation>
    </message>
    <message>
        <source>Test fraction:</source>
        <translation>테스트 비율:</translation>
    </message>
    <message>
        <source>Also train on what you drew and labelled in the drawing pad (Tools ▸ Drawing pad ▸ My digits, My drawings with clothing): they are appended to the training set. Only for MNIST digits and Fashion-MNIST clothing.</source>
        <translation>그리기 패드(도구 ▸ 그리기 패드 ▸ 내 숫자, 옷이면 내 그림)에서 직접 그리고 레이블을 붙인 이미지로도 학습합니다. 학습 데이터 뒤에 덧붙이며, MNIST 숫자와 Fashion-MNIST 옷에서만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>The rule that turns gradients into weight changes; Adam combines momentum and RMSprop.</source>
        <translation>기울기를 가중치 변화로 바꾸는 규칙입니다. Adam은 모멘텀과 RMSprop을 합친 것입니다.</translation>
    </message>
    <message>
        <source>Optimizer:</source>
        <translation>옵티마이저:</translation>
    </message>
    <message>
        <source>The learning rate η in w ← w − η·∂C/∂w; you can change it while training runs (too large makes the loss jump or explode).</source>
        <translation>w ← w − η·∂C/∂w의 학습률 η입니다. 학습 중에도 바꿀 수 있습니다(너무 크면 손실이 널뛰거나 폭발합니다).</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>학습률:</translation>
    </message>
    <message>
        <source>The cost the network minimises; the losses that fit its output are offered, the lecture&apos;s choice first.</source>
        <translation>신경망이 최소화하는 비용입니다. 출력에 맞는 손실 함수만 보여 주며, 강의에서 쓰는 것이 맨 위에 있습니다.</translation>
    </message>
    <message>
        <source>Loss:</source>
        <translation>손실 함수:</translation>
    </message>
    <message>
        <source>How many samples are averaged for one gradient step (mini-batch size); at least the dataset size means full-batch descent.</source>
        <translation>경사 하강 한 스텝에서 평균을 내는 샘플 수(미니배치 크기)입니다. 데이터셋 크기 이상이면 전체 배치 경사 하강이 됩니다.</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>배치 크기:</translation>
    </message>
    <message>
        <source>Random seed used when you press Reset weights or generate toy data (and for shuffling): the same seed gives the same run.</source>
        <translation>가중치 초기화를 누르거나 연습용 데이터를 만들 때(그리고 데이터를 섞을 때) 쓰는 난수 시드입니다. 시드가 같으면 같은 학습이 재현됩니다.</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>시드:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>Training pauses by itself after this many epochs (passes over the training set).</source>
        <translation>이 에폭 수(학습 데이터를 한 번 다 도는 횟수)가 지나면 학습이 저절로 멈춥니다.</translation>
    </message>
    <message>
        <source>Stop after epochs:</source>
        <translation>최대 에폭:</translation>
    </message>
    <message>
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>Early stopping: training pauses when the test loss has not improved for this many epochs — the network has begun to overfit.</source>
        <translation>조기 종료: 테스트 손실이 이 에폭 수 동안 나아지지 않으면 학습을 멈춥니다. 신경망이 과적합되기 시작했다는 뜻입니다.</translation>
    </message>
    <message>
        <source>Early stopping:</source>
        <translation>조기 종료:</translation>
    </message>
    <message>
        <source>Augment images</source>
        <translation>이미지 증강</translation>
    </message>
    <message>
        <source>Train on randomly shifted, rotated, scaled and thickened variants of the images (28×28 data only): more data against overfitting, slower steps.</source>
        <translation>이미지를 무작위로 옮기고, 돌리고, 크기를 바꾸고, 획을 굵게 만든 변형으로 학습합니다(28×28 데이터만). 과적합을 막을 데이터가 늘어나는 대신 스텝이 느려집니다.</translation>
    </message>
    <message>
        <source>Restore suggested settings</source>
        <translation>추천 설정으로 되돌리기</translation>
    </message>
    <message>
        <source>The optimizer, learning rate, batch size and speed suggested for this data; the network and its weights stay.</source>
        <translation>이 데이터에 추천하는 옵티마이저, 학습률, 배치 크기, 속도로 되돌립니다. 신경망과 가중치는 그대로입니다.</translation>
    </message>
    <message>
        <source>Use the suggested set-up</source>
        <translation>추천 구성 사용</translation>
    </message>
    <message>
        <source>Change {setting}</source>
        <translation>{setting} 변경</translation>
    </message>
    <message>
        <source>{0} — the lecture&apos;s</source>
        <translation>{0} — 강의 기준</translation>
    </message>
    <message>
        <source>this data</source>
        <translation>이 데이터</translation>
    </message>
    <message>
        <source>The set-up suggested for {data}: a {sizes} {activation} network with new weights, {optimizer} with learning rate {lr}, batch size {batch}.</source>
        <translation>{data}에 추천하는 구성: 새 가중치의 {sizes} {activation} 신경망, 학습률 {lr}의 {optimizer}, 배치 크기 {batch}.</translation>
    </message>
    <message>
        <source>CSV: {0}</source>
        <translation>CSV: {0}</translation>
    </message>
    <message>
        <source>CSV: {0} ({1})</source>
        <translation>CSV: {0} ({1})</translation>
    </message>
    <message numerus="yes">
        <source>{0} points, %n feature(s); tested on the same {0} points</source>
        <translation>
            <numerusform>점 {0}개, 특성 %n개. 같은 점 {0}개로 테스트</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} training, {1} test, %n feature(s)</source>
        <translation>
            <numerusform>학습 {0}개, 테스트 {1}개, 특성 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Include my drawings ({0})</source>
        <translation>내 그림 포함 ({0}개)</translation>
    </message>
    <message>
        <source>Include my digits ({0})</source>
        <translation>내 숫자 포함 ({0}개)</translation>
    </message>
</context>
<context>
    <name>StepSizePlot</name>
    <message>
        <source>Which layer&apos;s effective step size ‖update‖ / ‖gradient‖ to show; with every layer, the first is solid, the next dashed, dotted, …</source>
        <translation>실효 스텝 크기 ‖갱신량‖ / ‖기울기‖를 보여 줄 층입니다. 모든 층을 고르면 첫 층은 실선, 다음 층은 파선, 점선, … 으로 그립니다.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <source>step size</source>
        <translation>스텝 크기</translation>
    </message>
    <message>
        <source>Effective step size ‖update‖ / ‖gradient‖: how far each optimizer moves a layer&apos;s weights per unit of gradient. Plain SGD&apos;s line is its learning rate; momentum&apos;s grows while the gradients agree; Adagrad&apos;s falls as squared gradients add up; RMSprop&apos;s stays level because it forgets old gradients; Adam&apos;s follows RMSprop&apos;s.</source>
        <translation>실효 스텝 크기 ‖갱신량‖ / ‖기울기‖: 각 옵티마이저가 기울기 한 단위당 층의 가중치를 얼마나 움직이는지 나타냅니다. 보통 SGD의 선은 학습률 그대로이고, 모멘텀의 선은 기울기 방향이 일치하는 동안 커지며, Adagrad의 선은 기울기 제곱이 쌓일수록 내려갑니다. RMSprop의 선은 오래된 기울기를 잊기 때문에 평평하게 유지되고, Adam의 선은 RMSprop의 선을 따라갑니다.</translation>
    </message>
    <message>
        <source>every layer</source>
        <translation>모든 층</translation>
    </message>
</context>
<context>
    <name>StepsToTargetPlot</name>
    <message>
        <source>steps needed</source>
        <translation>필요한 스텝 수</translation>
    </message>
    <message>
        <source>How many steps each seed needed to reach the target: one dot per seed, the box holds the middle half, the bar is the median. Rings in the right-hand column never reached it.</source>
        <translation>각 시드가 목표에 이르기까지 필요했던 스텝 수: 시드마다 점 하나, 상자는 가운데 절반, 막대는 중앙값입니다. 오른쪽 열의 고리는 끝내 목표에 이르지 못한 시드입니다.</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>도달 못 함</translation>
    </message>
    <message>
        <source>Steps to a loss of {0:g}</source>
        <translation>손실 {0:g}까지 스텝 수</translation>
    </message>
    <message>
        <source>Steps to 100 % accuracy</source>
        <translation>정확도 100 %까지 스텝 수</translation>
    </message>
    <message>
        <source>Set a target loss</source>
        <translation>목표 손실을 정하세요</translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n seed(s))</source>
        <translation>
            <numerusform>{0} (시드 %n개)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudioLink</name>
    <message>
        <source>There is not enough memory for this network.</source>
        <translation>이 신경망을 만들 메모리가 부족합니다.</translation>
    </message>
    <message>
        <source>Cannot set up the lesson</source>
        <translation>강의를 설정할 수 없습니다</translation>
    </message>
    <message>
        <source>set up the lesson</source>
        <extracomment>completes &quot;Save them before you {0}?&quot; of the unsaved-changes question</extracomment>
        <translation>강의를 설정하기</translation>
    </message>
</context>
<context>
    <name>StudioRoom</name>
    <message>
        <source>Data and training</source>
        <translation>데이터와 학습</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>결정 경계</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>기울기</translation>
    </message>
    <message>
        <source>Histograms</source>
        <translation>히스토그램</translation>
    </message>
    <message>
        <source>&amp;Default layout</source>
        <translation>기본 배치(&amp;D)</translation>
    </message>
    <message>
        <source>Put the side panel and the plots back where they were at the start, sized for this window.</source>
        <translation>옆 패널과 그래프를 처음 자리로 되돌리고 이 창 크기에 맞춥니다.</translation>
    </message>
    <message>
        <source>Undo the last edit of the network, the training settings or the data (Ctrl+Z).</source>
        <translation>신경망, 학습 설정, 데이터의 마지막 편집을 취소합니다(Ctrl+Z).</translation>
    </message>
    <message>
        <source>Redo the edit you undid last (Ctrl+Shift+Z).</source>
        <translation>마지막으로 취소한 편집을 다시 적용합니다(Ctrl+Shift+Z).</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Start training, or pause it if it runs (Space).</source>
        <translation>학습을 시작합니다. 학습 중이면 일시 정지합니다(Space).</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>한 스텝</translation>
    </message>
    <message>
        <source>Train on exactly one batch, then stop (S).</source>
        <translation>배치 하나만 학습하고 멈춥니다(S).</translation>
    </message>
    <message>
        <source>Reset weights</source>
        <translation>가중치 초기화</translation>
    </message>
    <message>
        <source>Draw new random initial weights from the seed and clear the history (R).</source>
        <translation>시드에서 새 무작위 초기 가중치를 뽑고 학습 기록을 지웁니다(R).</translation>
    </message>
    <message>
        <source>Data and &amp;training</source>
        <translation>데이터와 학습(&amp;T)</translation>
    </message>
    <message>
        <source>L&amp;oss</source>
        <translation>손실(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Gradients</source>
        <translation>기울기(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Histograms</source>
        <translation>히스토그램(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Prediction</source>
        <translation>예측(&amp;P)</translation>
    </message>
    <message>
        <source>Decision &amp;boundary</source>
        <translation>결정 경계(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>한 스텝(&amp;S)</translation>
    </message>
    <message>
        <source>Reset &amp;weights</source>
        <translation>가중치 초기화(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>학습(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source> Speed: </source>
        <translation> 속도: </translation>
    </message>
    <message>
        <source>Full speed</source>
        <translation>최고 속도</translation>
    </message>
    <message>
        <source>1 step/s</source>
        <translation>초당 1 스텝</translation>
    </message>
    <message>
        <source>{0} steps/s</source>
        <translation>초당 {0} 스텝</translation>
    </message>
    <message>
        <source>Slow motion for watching: at most this many training steps per second, or full speed.</source>
        <translation>지켜보기 좋게 천천히 학습시킵니다. 초당 최대 이만큼의 학습 스텝을 밟거나, 최고 속도로 학습합니다.</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>스튜디오</translation>
    </message>
    <message>
        <source>Back to the initial weights of seed {0}; another seed gives other ones.</source>
        <translation>시드 {0}의 초기 가중치로 되돌렸습니다. 다른 시드를 쓰면 다른 초기 가중치가 나옵니다.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>일시 정지(&amp;P)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>학습이 멈췄습니다</translation>
    </message>
    <message>
        <source>Training paused for your edit; press Space to continue.</source>
        <translation>편집하는 동안 학습을 일시 정지했습니다. 계속하려면 Space를 누르세요.</translation>
    </message>
    <message>
        <source>Cannot use this dataset</source>
        <translation>이 데이터셋을 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Change the points of {0}</source>
        <translation>{0} 데이터의 점 바꾸기</translation>
    </message>
    <message>
        <source>Switch to {0}</source>
        <translation>데이터 바꾸기: {0}</translation>
    </message>
    <message>
        <source>The suggested network and settings, with new weights.</source>
        <translation>추천 신경망과 설정을 새 가중치로 적용했습니다.</translation>
    </message>
    <message>
        <source>Set the loss to {0}</source>
        <translation>손실 함수 변경: {0}</translation>
    </message>
    <message>
        <source>Add a point</source>
        <translation>점 추가</translation>
    </message>
    <message>
        <source>Remove a point</source>
        <translation>점 삭제</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>예측</translation>
    </message>
</context>
<context>
    <name>SurfacePage</name>
    <message>
        <source>The loss surface of two parameters the contestants descend.</source>
        <translation>참가자들이 내려가는, 매개변수 두 개의 손실 곡면입니다.</translation>
    </message>
    <message>
        <source>κ:</source>
        <translation>κ:</translation>
    </message>
    <message>
        <source>The bowl&apos;s condition number κ: how much steeper it is along y than along x. The larger, the more plain SGD zig-zags and the more momentum helps.</source>
        <translation>그릇의 조건수 κ: y 방향이 x 방향보다 얼마나 더 가파른지 나타냅니다. 클수록 보통 SGD는 더 지그재그로 움직이고 모멘텀이 더 큰 도움이 됩니다.</translation>
    </message>
    <message>
        <source>steps: </source>
        <translation>스텝: </translation>
    </message>
    <message>
        <source>How many steps every contestant takes (the same for all).</source>
        <translation>모든 참가자가 밟는 스텝 수입니다(모두 같음).</translation>
    </message>
    <message>
        <source>noise: </source>
        <translation>노이즈: </translation>
    </message>
    <message>
        <source>Gaussian noise of this standard deviation added to every gradient coordinate (the same draws for every contestant): real training sees stochastic gradients.</source>
        <translation>모든 기울기 좌표에 더하는, 이 표준편차의 가우스 노이즈입니다(모든 참가자가 같은 난수를 받음). 실제 학습에서는 기울기가 확률적입니다.</translation>
    </message>
    <message>
        <source>Textbook figure</source>
        <translation>교재 그림</translation>
    </message>
    <message>
        <source>SGD, momentum, AdaGrad and Adam on x²/20 + y² from (−7, 2) with the settings of the figure in &quot;Deep Learning from Scratch&quot;, chapter 6: its 30 points, the start and 29 steps.</source>
        <translation>x²/20 + y²에서 (−7, 2)부터 움직이는 SGD, 모멘텀, AdaGrad, Adam. 설정은 『밑바닥부터 시작하는 딥러닝』 6장의 그림과 같고, 그림처럼 점 30개(시작점과 29 스텝)를 그립니다.</translation>
    </message>
    <message>
        <source>Local minimum</source>
        <translation>지역 최솟값</translation>
    </message>
    <message>
        <source>The lecture&apos;s momentum, inertia that escapes a local minimum: SGD and momentum 0.9 at η = 0.05 on the tilted double well from (2, 1) for 100 steps. SGD settles in the local minimum near x = 0.96; momentum carries its speed over the ridge into the global one near x = −1.04.</source>
        <translation>강의에서 배운 모멘텀, 곧 지역 최솟값에서 빠져나오게 하는 관성입니다. SGD와 모멘텀 0.9가 η = 0.05로 기울어진 이중 우물 위에서 (2, 1)부터 100 스텝 동안 내려갑니다. SGD는 x = 0.96 근처의 지역 최솟값에 머물고, 모멘텀은 속도를 실어 능선을 넘어 x = −1.04 근처의 전역 최솟값에 닿습니다.</translation>
    </message>
    <message>
        <source>Default start</source>
        <translation>기본 시작점</translation>
    </message>
    <message>
        <source>Start from the surface&apos;s own starting point again (a click on the surface chooses another).</source>
        <translation>곡면에 정해진 시작점에서 다시 시작합니다(곡면을 클릭하면 다른 시작점을 고릅니다).</translation>
    </message>
    <message>
        <source>The contestants already start from the surface&apos;s own starting point: click on the surface to choose another.</source>
        <translation>참가자들이 이미 곡면의 기본 시작점에서 출발합니다. 다른 시작점을 고르려면 곡면을 클릭하세요.</translation>
    </message>
    <message>
        <source>Where every contestant starts: type x and y or step them with the arrow keys, then Space races from there. A click on the surface chooses the start too.</source>
        <translation>모든 참가자가 출발하는 곳입니다. x와 y를 입력하거나 화살표 키로 한 칸씩 옮긴 뒤 Space 키로 그곳에서 경주를 시작하세요. 곡면을 클릭해도 시작점을 고를 수 있습니다.</translation>
    </message>
    <message>
        <source>start x: </source>
        <translation>시작점 x: </translation>
    </message>
    <message>
        <source>y: </source>
        <translation>y: </translation>
    </message>
</context>
<context>
    <name>SurfacePlot</name>
    <message>
        <source>Arrows</source>
        <translation>화살표</translation>
    </message>
    <message>
        <source>At each current point: the contestant&apos;s next step (coloured; with momentum the velocity it carries, with Adagrad, RMSprop or Adam each coordinate scaled by its own rate) and the plain gradient step −η·g at its rate (grey, dashed), drawn to the same scale.</source>
        <translation>각 현재 위치에서: 참가자의 다음 스텝(색깔. 모멘텀이면 실어 나르는 속도, Adagrad, RMSprop, Adam이면 좌표마다 각자의 학습률로 조정한 값)과 그 학습률에서의 보통 경사 스텝 −η·g(회색 점선)를 같은 축척으로 그립니다.</translation>
    </message>
    <message>
        <source>The loss surface: darker blue is lower, the lines are contours at log-spaced heights. Stars are minima (hollow: a local one), the ring is the start — click anywhere to start from there. Each path shows where a contestant goes, with the same steps for everyone.</source>
        <translation>손실 곡면: 진한 파랑일수록 낮고, 선은 로그 간격 높이의 등고선입니다. 별은 최솟값(속이 빈 별: 지역 최솟값), 고리는 시작점입니다. 아무 곳이나 클릭하면 그곳에서 시작합니다. 각 경로는 참가자가 가는 곳을 보여 주며, 모두 같은 스텝 수를 밟습니다.</translation>
    </message>
    <message>
        <source>Where each contestant is at the step shown: f there and, per coordinate, its last update divided by the gradient — Adagrad&apos;s and RMSprop&apos;s own rate for each coordinate (plain SGD: its learning rate for both); with momentum (SGD&apos;s or Adam&apos;s) the carried velocity enters too, so it can even be negative.</source>
        <translation>보이는 스텝에서 각 참가자가 있는 곳: 그 위치의 f와, 좌표마다 마지막 갱신량을 기울기로 나눈 값입니다. Adagrad와 RMSprop은 좌표마다 각자의 학습률이 됩니다(보통 SGD: 두 좌표 모두 학습률). 모멘텀이 있으면(SGD의 모멘텀이든 Adam의 모멘텀이든) 실어 온 속도도 들어가므로 음수가 될 수도 있습니다.</translation>
    </message>
    <message>
        <source>{0}: diverged at step {1}</source>
        <translation>{0}: 스텝 {1}에서 발산</translation>
    </message>
    <message>
        <source>{0}: f = {1:.4g} at ({2:.3g}, {3:.3g})</source>
        <translation>{0}: ({2:.3g}, {3:.3g})에서 f = {1:.4g}</translation>
    </message>
    <message>
        <source>{0}; update ÷ gradient x {1:.3g}, y {2:.3g}</source>
        <translation>{0}; 갱신량 ÷ 기울기 x {1:.3g}, y {2:.3g}</translation>
    </message>
    <message>
        <source>{0}; off the plot (the triangle at its edge points where)</source>
        <translation>{0}; 그래프 밖으로 나갔습니다(가장자리의 삼각형이 나간 방향을 가리킵니다)</translation>
    </message>
    <message>
        <source>step {0} of {1}</source>
        <translation>스텝 {0} / {1}</translation>
    </message>
</context>
<context>
    <name>Surfaces</name>
    <message>
        <source>Rosenbrock&apos;s banana valley</source>
        <translation>Rosenbrock의 바나나 골짜기</translation>
    </message>
    <message>
        <source>Beale&apos;s function</source>
        <translation>Beale 함수</translation>
    </message>
    <message>
        <source>Himmelblau&apos;s four minima</source>
        <translation>Himmelblau의 네 최솟값</translation>
    </message>
    <message>
        <source>Saddle point</source>
        <translation>안장점</translation>
    </message>
    <message>
        <source>Ill-conditioned bowl</source>
        <translation>조건이 나쁜 그릇</translation>
    </message>
    <message>
        <source>Elongated bowl (x²/20 + y²)</source>
        <translation>길쭉한 그릇 (x²/20 + y²)</translation>
    </message>
    <message>
        <source>A local minimum beside the global one</source>
        <translation>전역 최솟값 옆의 지역 최솟값</translation>
    </message>
    <message>
        <source>Network loss along two weights</source>
        <translation>두 가중치를 따라 본 신경망 손실</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy the selected rows (all rows if none is selected) with the column titles, tab-separated for a spreadsheet (Ctrl+C).</source>
        <translation>선택한 행(선택이 없으면 모든 행)을 열 제목과 함께 탭으로 구분해 복사합니다. 스프레드시트에 붙여 넣을 수 있습니다 (Ctrl+C).</translation>
    </message>
</context>
<context>
    <name>TemplateCard</name>
    <message>
        <source>Network and data</source>
        <translation>신경망과 데이터</translation>
    </message>
    <message>
        <source>The template: every contestant is a copy of this network with the same initial weights, trained on these data with this batch size.</source>
        <translation>기준 설정: 모든 참가자는 같은 초기 가중치를 가진 이 신경망의 복사본이며, 이 데이터와 이 배치 크기로 학습합니다.</translation>
    </message>
    <message>
        <source>Take the studio&apos;s network</source>
        <translation>스튜디오의 신경망 가져오기</translation>
    </message>
    <message>
        <source>Race on the studio&apos;s current network, its initial weights, its data and its batch size (the race starts again).</source>
        <translation>스튜디오의 현재 신경망, 그 초기 가중치, 데이터, 배치 크기로 경주합니다(경주가 다시 시작됩니다).</translation>
    </message>
    <message>
        <source>Race on this data set (set up here, without the studio).</source>
        <translation>이 데이터셋으로 경주합니다(스튜디오 없이 여기서 설정).</translation>
    </message>
    <message>
        <source>The hidden layers&apos; sizes, separated by commas (e.g. 16,16; empty: no hidden layer).</source>
        <translation>은닉층 크기를 쉼표로 구분해 적습니다(예: 16,16. 비워 두면 은닉층 없음).</translation>
    </message>
    <message>
        <source>The hidden layers&apos; activation.</source>
        <translation>은닉층의 활성화 함수입니다.</translation>
    </message>
    <message>
        <source>Samples per step; as many as the data has (or more) means full batch.</source>
        <translation>스텝마다의 샘플 수입니다. 데이터 개수 이상이면 전체 배치가 됩니다.</translation>
    </message>
    <message>
        <source>The seed of the initial weights and of the batch order (many seeds: the first seed).</source>
        <translation>초기 가중치와 배치 순서의 시드입니다(시드가 여러 개이면 첫 시드).</translation>
    </message>
    <message>
        <source>Or set up here</source>
        <translation>또는 여기서 설정</translation>
    </message>
    <message>
        <source>Tick to race on the network and data set up here; untick to race on the studio&apos;s network again (the race starts again).</source>
        <translation>체크하면 여기서 설정한 네트워크와 데이터로 경주하고, 체크를 해제하면 다시 스튜디오의 네트워크로 경주합니다(경주는 처음부터 다시 시작합니다).</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>데이터:</translation>
    </message>
    <message>
        <source>Hidden layers:</source>
        <translation>은닉층:</translation>
    </message>
    <message>
        <source>Activation:</source>
        <translation>활성화 함수:</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>배치 크기:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>시드:</translation>
    </message>
    <message>
        <source>the whole training set in every step</source>
        <translation>스텝마다 학습 데이터 전체</translation>
    </message>
    <message numerus="yes">
        <source>batches of %n</source>
        <translation>
            <numerusform>배치 크기 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} on {1}: {2} training and {3} test points, {4}, seed {5}.</source>
        <translation>{0}, {1} 데이터: 학습 점 {2}개와 테스트 점 {3}개, {4}, 시드 {5}.</translation>
    </message>
    <message>
        <source>From the studio.</source>
        <translation>스튜디오에서 가져옴.</translation>
    </message>
    <message>
        <source>Set up here.</source>
        <translation>여기서 설정함.</translation>
    </message>
    <message>
        <source>Write the hidden layers&apos; sizes as whole numbers separated by commas, e.g. 16,16.</source>
        <translation>은닉층 크기는 쉼표로 구분한 정수로 적으세요. 예: 16,16.</translation>
    </message>
    <message>
        <source>A hidden layer needs at least 1 neuron.</source>
        <translation>은닉층에는 뉴런이 1개 이상 있어야 합니다.</translation>
    </message>
</context>
<context>
    <name>TrainingStatus</name>
    <message>
        <source>Completed passes over the whole training set.</source>
        <translation>학습 데이터 전체를 다 돈 횟수입니다.</translation>
    </message>
    <message>
        <source>Optimizer steps taken: one per batch.</source>
        <translation>옵티마이저가 밟은 스텝 수입니다. 배치마다 한 스텝입니다.</translation>
    </message>
    <message>
        <source>Training speed in samples per second, averaged over the last seconds.</source>
        <translation>학습 속도(초당 샘플 수)로, 최근 몇 초의 평균입니다.</translation>
    </message>
    <message>
        <source>Training loss of the last batch.</source>
        <translation>마지막 배치의 학습 손실입니다.</translation>
    </message>
    <message>
        <source>Accuracy on the training set over the last epoch (and on the test set).</source>
        <translation>지난 에폭 동안의 학습 데이터 정확도입니다(괄호 안은 테스트 데이터).</translation>
    </message>
    <message>
        <source>Progress through the current epoch.</source>
        <translation>현재 에폭의 진행률입니다.</translation>
    </message>
    <message>
        <source>Epoch 0</source>
        <translation>에폭 0</translation>
    </message>
    <message>
        <source>Step 0</source>
        <translation>스텝 0</translation>
    </message>
    <message>
        <source>– samples/s</source>
        <translation>초당 – 샘플</translation>
    </message>
    <message>
        <source>Loss –</source>
        <translation>손실 –</translation>
    </message>
    <message>
        <source>Epoch {0}</source>
        <translation>에폭 {0}</translation>
    </message>
    <message>
        <source>Step {0}</source>
        <translation>스텝 {0}</translation>
    </message>
    <message>
        <source>{0} samples/s</source>
        <translation>초당 {0} 샘플</translation>
    </message>
    <message>
        <source>Loss {0}</source>
        <translation>손실 {0}</translation>
    </message>
    <message>
        <source>Accuracy {0} % (these weights)</source>
        <translation>정확도 {0}% (이 가중치)</translation>
    </message>
    <message>
        <source>Accuracy {0} % (test {1} %)</source>
        <translation>정확도 {0}% (테스트 {1}%)</translation>
    </message>
    <message>
        <source>Accuracy {0} %</source>
        <translation>정확도 {0}%</translation>
    </message>
</context>
<context>
    <name>VanishingView</name>
    <message>
        <source>Run Nielsen&apos;s experiment</source>
        <translation>Nielsen의 실험 실행</translation>
    </message>
    <message>
        <source>Measure every hidden layer&apos;s ||∂C/∂b|| on the first 1,000 MNIST training images at initialization: sigmoid as Nielsen, then ReLU with He initialization, then large weights.</source>
        <translation>초기화 직후 MNIST 학습 이미지 앞 1,000장으로 각 은닉층의 ||∂C/∂b||를 잽니다: Nielsen처럼 시그모이드, 다음으로 He 초기화의 ReLU, 그리고 큰 가중치.</translation>
    </message>
    <message>
        <source>sigmoid (Nielsen)</source>
        <translation>시그모이드 (Nielsen)</translation>
    </message>
    <message>
        <source>ReLU, He</source>
        <translation>ReLU, He</translation>
    </message>
    <message>
        <source>ReLU, N(0, 1)</source>
        <translation>ReLU, N(0, 1)</translation>
    </message>
    <message>
        <source>hidden layer</source>
        <translation>은닉층</translation>
    </message>
    <message>
        <source>network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <source>sigmoid: last/first</source>
        <translation>시그모이드:
마지막/첫째</translation>
    </message>
    <message>
        <source>Nielsen&apos;s figure</source>
        <translation>Nielsen의 값</translation>
    </message>
    <message>
        <source>N(0, 1) weights</source>
        <translation>N(0, 1) 가중치</translation>
    </message>
    <message>
        <source>The experiment is measuring (see the bar): you can run it again when it has finished.</source>
        <translation>실험이 측정 중입니다(진행 표시줄 참고). 끝나면 다시 실행할 수 있습니다.</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>측정하는 중…</translation>
    </message>
    <message>
        <source>The last hidden layer learns {0} faster than the first (Nielsen: {1}): the gradient vanishes toward the input.</source>
        <translation>마지막 은닉층이 첫 은닉층보다 {0} 빨리 배웁니다(Nielsen: {1}). 입력 쪽으로 갈수록 기울기가 소실됩니다.</translation>
    </message>
    <message>
        <source>ReLU with He keeps the factor near 1; with N(0, 1) weights the first layer gets the larger gradient — it explodes toward the input.</source>
        <translation>He 초기화의 ReLU는 배율을 1 가까이 유지합니다. N(0, 1) 가중치에서는 첫 층의 기울기가 더 큽니다 — 입력 쪽으로 갈수록 기울기가 폭주합니다.</translation>
    </message>
</context>
<context>
    <name>ViewBox</name>
    <message>
        <source>ViewBox options</source>
        <translation>보기 옵션</translation>
    </message>
    <message>
        <source>View All</source>
        <translation>전체 보기</translation>
    </message>
    <message>
        <source>axis</source>
        <translation>축</translation>
    </message>
    <message>
        <source>Mouse Mode</source>
        <translation>마우스 모드</translation>
    </message>
    <message>
        <source>3 button</source>
        <translation>3버튼</translation>
    </message>
    <message>
        <source>1 button</source>
        <translation>1버튼</translation>
    </message>
</context>
<context>
    <name>XorTableView</name>
    <message>
        <source>Weights (shared with the studio)</source>
        <translation>가중치 (스튜디오와 공유)</translation>
    </message>
    <message>
        <source>Round y to 0 or 1, as the lecture does</source>
        <translation>강의처럼 y를 0이나 1로 반올림</translation>
    </message>
    <message>
        <source>Round each hidden unit&apos;s output y to 0 or 1 before the output unit, as the lecture does by hand.</source>
        <translation>출력 유닛에 넣기 전에 각 은닉 유닛의 출력 y를 강의의 손 계산처럼 0이나 1로 반올림합니다.</translation>
    </message>
    <message>
        <source>The lecture&apos;s weights</source>
        <translation>강의의 가중치</translation>
    </message>
    <message>
        <source>Put the lecture&apos;s weights into the studio&apos;s network: w = (5, 5), b = −8; w = (−7, −7), b = 3; output w = (−11, −11), b = 6 (Ctrl+Z in the studio undoes it).</source>
        <translation>강의의 가중치를 스튜디오의 신경망에 넣습니다: w = (5, 5), b = −8; w = (−7, −7), b = 3; 출력 w = (−11, −11), b = 6 (스튜디오에서 Ctrl+Z로 되돌릴 수 있습니다).</translation>
    </message>
    <message>
        <source>Random start in the studio</source>
        <translation>스튜디오에서 무작위로 시작</translation>
    </message>
    <message>
        <source>Give the studio&apos;s network random weights from a new seed and go to the studio: press Run and watch backpropagation find a solution.</source>
        <translation>새 시드로 스튜디오 신경망에 무작위 가중치를 주고 스튜디오로 갑니다. ‘실행’을 누르고 역전파가 해를 찾는 모습을 지켜보세요.</translation>
    </message>
    <message>
        <source>How often? Train {0} random starts</source>
        <translation>얼마나 자주? 무작위 시작 {0}번 학습</translation>
    </message>
    <message>
        <source>Train the 2-2-1 network from {0} different random weights at once (SGD, η = 3, 300 steps) and count how many solve XOR.</source>
        <translation>2-2-1 신경망을 서로 다른 무작위 가중치 {0}가지에서 한꺼번에 학습시키고(SGD, η = 3, 300 스텝) 몇 번이 XOR을 푸는지 셉니다.</translation>
    </message>
    <message>
        <source>The studio&apos;s data is not a two-input yes/no problem: press Set up in the studio to load the XOR data with the lecture&apos;s network.</source>
        <translation>스튜디오의 데이터가 입력이 두 개인 이진 분류 문제가 아닙니다. ‘스튜디오에 설정’을 눌러 XOR 데이터와 강의의 신경망을 불러오세요.</translation>
    </message>
    <message>
        <source>The studio holds another network, whose training this would throw away: press Set up in the studio to put the lecture&apos;s 2-2-1 network there first.</source>
        <translation>스튜디오에 다른 신경망이 있어, 이 버튼을 누르면 그 학습 결과가 사라집니다. 먼저 ‘스튜디오에 설정’을 눌러 강의의 2-2-1 신경망을 넣으세요.</translation>
    </message>
    <message>
        <source>The studio holds another network. Press Set up in the studio to put the lecture&apos;s 2-2-1 sigmoid network and its weights there.</source>
        <translation>스튜디오에 다른 신경망이 있습니다. ‘스튜디오에 설정’을 눌러 강의의 2-2-1 시그모이드 신경망과 가중치를 넣으세요.</translation>
    </message>
    <message>
        <source>The studio&apos;s network on the four XOR inputs. Type a weight here or in the studio&apos;s editor: both change at once.</source>
        <translation>XOR 입력 네 개에 대한 스튜디오의 신경망. 여기나 스튜디오 편집기에서 가중치를 입력하면 양쪽이 함께 바뀝니다.</translation>
    </message>
    <message>
        <source>hidden unit {0}</source>
        <translation>은닉 유닛 {0}</translation>
    </message>
    <message>
        <source>output unit</source>
        <translation>출력 유닛</translation>
    </message>
    <message>
        <source>Set a weight in the XOR table</source>
        <translation>XOR 표에서 가중치 설정</translation>
    </message>
    <message>
        <source>output
z</source>
        <translation>출력
z</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>These weights give XOR: ŷ is on the right side of 0.5 for all four inputs.</source>
        <translation>이 가중치는 XOR을 풉니다: 네 입력 모두 ŷ가 0.5의 올바른 쪽에 있습니다.</translation>
    </message>
    <message>
        <source>These weights do not give XOR: some ŷ is on the wrong side of 0.5.</source>
        <translation>이 가중치는 XOR을 풀지 못합니다: 어떤 ŷ가 0.5의 틀린 쪽에 있습니다.</translation>
    </message>
    <message>
        <source>Load the lecture&apos;s XOR weights</source>
        <translation>강의의 XOR 가중치 불러오기</translation>
    </message>
    <message>
        <source>Random weights from seed {0}: press Run (Space) and watch backpropagation look for a solution.</source>
        <translation>시드 {0}의 무작위 가중치: ‘실행’(Space)을 누르고 역전파가 해를 찾는 모습을 지켜보세요.</translation>
    </message>
    <message>
        <source>Backpropagation solved XOR from {0} of {1} random starts (median {2} steps); from the others it got stuck in a local minimum.</source>
        <translation>역전파는 무작위 시작 {1}번 중 {0}번 XOR을 풀었습니다(중앙값 {2} 스텝). 나머지에서는 지역 최솟값에 갇혔습니다.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>사용법: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>위치 인자</translation>
    </message>
    <message>
        <source>options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>이 도움말을 보여 주고 끝냅니다</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>인자 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>다음 인자가 필요합니다: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>알 수 없는 인자: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>값이 하나 필요합니다</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>모호한 옵션: %(option)s (%(matches)s 중 어느 것인지 알 수 없습니다)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>올바르지 않은 %(type)s 값: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>올바르지 않은 선택: %(value)r (%(choices)s 중에서 고르세요)</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>%s 인자와 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>명시한 인자를 무시했습니다: %r</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{prog}: error: {message} (see &apos;{prog} --help&apos;)</source>
        <translation>{prog}: 오류: {message} (&apos;{prog} --help&apos; 참고)</translation>
    </message>
    <message>
        <source>{text} is not a list of hidden layer sizes: give positive integers separated by commas, e.g. --layers 256,128 (or &apos;none&apos; for no hidden layer)</source>
        <translation>은닉층 크기 목록이 아닙니다: {text}. 양의 정수를 쉼표로 구분해 주세요. 예: --layers 256,128 (은닉층이 없으면 &apos;none&apos;)</translation>
    </message>
    <message>
        <source>expected {expected}, got {text}</source>
        <translation>필요한 값: {expected}, 받은 값: {text}</translation>
    </message>
    <message>
        <source>a whole number &gt;= 1</source>
        <translation>1 이상의 정수</translation>
    </message>
    <message>
        <source>a whole number &gt;= 0</source>
        <translation>0 이상의 정수</translation>
    </message>
    <message>
        <source>a fraction in [0, 1)</source>
        <translation>[0, 1) 범위의 비율</translation>
    </message>
    <message>
        <source>expected two numbers x,y such as -1.5,2, got {text}</source>
        <translation>-1.5,2처럼 x,y 두 수여야 합니다(받은 값: {text})</translation>
    </message>
    <message>
        <source>data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>folder holding the MNIST/Fashion-MNIST .gz files (default: $NNSTUDIO_DATA, then the user data folder)</source>
        <translation>MNIST/Fashion-MNIST .gz 파일이 있는 폴더 (기본값: $NNSTUDIO_DATA, 그다음 사용자 데이터 폴더)</translation>
    </message>
    <message>
        <source>number of points of a toy set (default: the set&apos;s own)</source>
        <translation>연습용 데이터셋의 점 개수 (기본값: 데이터셋마다 정해진 값)</translation>
    </message>
    <message>
        <source>noise of a toy set (default: the set&apos;s own)</source>
        <translation>연습용 데이터셋의 노이즈 (기본값: 데이터셋마다 정해진 값)</translation>
    </message>
    <message>
        <source>network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <source>hidden layer sizes, comma separated, e.g. 256,128; &apos;none&apos; for none (default {sizes})</source>
        <translation>은닉층 크기를 쉼표로 구분해서, 예: 256,128. 은닉층이 없으면 &apos;none&apos; (기본값 {sizes})</translation>
    </message>
    <message>
        <source>activation of the hidden layers (default %(default)s)</source>
        <translation>은닉층의 활성화 함수 (기본값 %(default)s)</translation>
    </message>
    <message>
        <source>weight initializer of every layer (default: the engine&apos;s, glorot_uniform)</source>
        <translation>모든 층의 가중치 초기화 방법 (기본값: 엔진의 기본값인 glorot_uniform)</translation>
    </message>
    <message>
        <source>override the problem type&apos;s loss, e.g. quadratic or mse</source>
        <translation>문제 유형에 따른 손실 함수 대신 쓸 손실 함수, 예: quadratic 또는 mse</translation>
    </message>
    <message>
        <source>floating point type (default float32)</source>
        <translation>부동소수점 자료형 (기본값 float32)</translation>
    </message>
    <message>
        <source>Set NNSTUDIO_DEBUG=1 to see a full traceback instead of a one-line error.</source>
        <translation>한 줄 오류 대신 전체 traceback을 보려면 NNSTUDIO_DEBUG=1로 설정하세요.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>버전을 보여 주고 끝냅니다</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>train a network on a dataset from the shell</source>
        <translation>셸에서 데이터셋으로 신경망을 학습시킵니다</translation>
    </message>
    <message>
        <source>Train a multilayer perceptron. The output layer and the loss follow the dataset&apos;s problem type (lecture table: regression -&gt; linear + mse; binary -&gt; sigmoid + binary_crossentropy; multi-class -&gt; softmax + categorical_crossentropy).</source>
        <translation>다층 퍼셉트론을 학습시킵니다. 출력층과 손실 함수는 데이터셋의 문제 유형을 따릅니다 (강의의 표: 회귀 -&gt; linear + mse, 이진 분류 -&gt; sigmoid + binary_crossentropy, 다중 클래스 분류 -&gt; softmax + categorical_crossentropy).</translation>
    </message>
    <message>
        <source>Example: {example}</source>
        <translation>예: {example}</translation>
    </message>
    <message>
        <source>share of the training data held out for validation after every epoch (default 0.1; 0 = none)</source>
        <translation>매 에폭 뒤 검증에 쓰려고 떼어 두는 학습 데이터의 비율 (기본값 0.1, 0이면 떼어 두지 않습니다)</translation>
    </message>
    <message>
        <source>training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>sgd, adagrad, rmsprop, adam or adamw (default adam)</source>
        <translation>sgd, adagrad, rmsprop, adam 또는 adamw (기본값 adam)</translation>
    </message>
    <message>
        <source>learning rate (default: PyTorch&apos;s default for the optimizer)</source>
        <translation>학습률 (기본값: 옵티마이저마다 PyTorch의 기본값)</translation>
    </message>
    <message>
        <source>passes over the training data (default 5)</source>
        <translation>학습 데이터를 도는 횟수 (기본값 5)</translation>
    </message>
    <message>
        <source>samples per optimizer step (default 32)</source>
        <translation>옵티마이저 스텝 하나에 쓰는 샘플 수 (기본값 32)</translation>
    </message>
    <message>
        <source>seed of the initial weights, the shuffling and toy data (default 0)</source>
        <translation>초기 가중치, 데이터 섞기, 연습용 데이터의 시드 (기본값 0)</translation>
    </message>
    <message>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>save the trained model to this file</source>
        <translation>학습한 모델을 이 파일에 저장합니다</translation>
    </message>
    <message>
        <source>print one JSON object per epoch and a final one with the test metrics on stdout, nothing else</source>
        <translation>stdout에 에폭마다 JSON 객체 하나와 테스트 지표를 담은 마지막 JSON 객체 하나만 출력합니다</translation>
    </message>
    <message>
        <source>no progress bar on stderr</source>
        <translation>stderr에 진행 막대를 표시하지 않습니다</translation>
    </message>
    <message>
        <source>export a trained network as a PyTorch script or an ONNX file</source>
        <translation>학습한 신경망을 PyTorch 스크립트나 ONNX 파일로 내보냅니다</translation>
    </message>
    <message>
        <source>Export a model file (.npz) or project file (.nnsproj): as a PyTorch script that rebuilds the trained network and its training set-up, or as an ONNX file of the inference network.</source>
        <translation>모델 파일(.npz)이나 프로젝트 파일(.nnsproj)을 내보냅니다: 학습한 신경망과 학습 설정을 다시 만드는 PyTorch 스크립트로, 또는 추론용 신경망의 ONNX 파일로.</translation>
    </message>
    <message>
        <source>a model file (.npz) or project file (.nnsproj)</source>
        <translation>모델 파일(.npz) 또는 프로젝트 파일(.nnsproj)</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>쓸 파일</translation>
    </message>
    <message>
        <source>language of the script&apos;s comments (default: $NNSTUDIO_LANG if en or ko, else en)</source>
        <translation>스크립트 주석의 언어 (기본값: $NNSTUDIO_LANG이 en이나 ko이면 그 언어, 아니면 en)</translation>
    </message>
    <message>
        <source>the training data of a model file, for the script&apos;s training part: mnist, fashion, a toy set or a .csv file (a project knows its own)</source>
        <translation>스크립트의 학습 부분에 쓸 모델 파일의 학습 데이터: mnist, fashion, 연습용 데이터셋 또는 .csv 파일 (프로젝트는 자기 데이터를 압니다)</translation>
    </message>
    <message>
        <source>the script&apos;s batch size (default: the project&apos;s; 32 for a model file)</source>
        <translation>스크립트의 배치 크기 (기본값: 프로젝트의 값, 모델 파일이면 32)</translation>
    </message>
    <message>
        <source>race optimizers on the same network (or on a loss surface) from the shell</source>
        <translation>셸에서 같은 신경망(또는 손실 곡면) 위에서 옵티마이저들을 경주시킵니다</translation>
    </message>
    <message>
        <source>Race optimizers fairly: every contestant is a copy of one network (the same initial weights) trained on the same batches; prints the results table. With --seeds, every contestant trains from many initial weights; with --surface, the optimizers descend a function of two parameters instead.</source>
        <translation>옵티마이저들을 공정하게 경주시킵니다: 모든 참가자는 한 신경망의 복사본(같은 초기 가중치)이고 같은 배치로 학습합니다. 결과 표를 출력합니다. --seeds를 주면 참가자마다 여러 초기 가중치에서 학습하고, --surface를 주면 학습 대신 매개변수 두 개짜리 함수를 내려갑니다.</translation>
    </message>
    <message>
        <source>race</source>
        <translation>경주</translation>
    </message>
    <message>
        <source>a contestant, e.g. adam:lr=0.01 or &quot;sgd:lr=0.1,momentum=0.9&quot; (betas=0.9/0.999, nesterov=true); repeat for each (default: the lecture&apos;s five)</source>
        <translation>참가자 하나, 예: adam:lr=0.01 또는 &quot;sgd:lr=0.1,momentum=0.9&quot; (betas=0.9/0.999, nesterov=true). 참가자마다 반복해서 주세요 (기본값: 강의의 다섯 가지)</translation>
    </message>
    <message>
        <source>optimizer steps per contestant (default 2000; on a surface 200)</source>
        <translation>참가자마다의 옵티마이저 스텝 수 (기본값 2000, 곡면에서는 200)</translation>
    </message>
    <message>
        <source>samples per step, the same batches for every contestant; at least the training set&apos;s size means full batch (default 32)</source>
        <translation>스텝마다의 샘플 수로, 모든 참가자가 같은 배치를 씁니다. 학습 데이터 크기 이상이면 전체 배치 (기본값 32)</translation>
    </message>
    <message>
        <source>seed of the initial weights, the batch order and toy data (default 0)</source>
        <translation>초기 가중치, 배치 순서, 연습용 데이터의 시드 (기본값 0)</translation>
    </message>
    <message>
        <source>train every contestant from N initial weights (seeds SEED..SEED+N-1) and summarize</source>
        <translation>참가자마다 초기 가중치 N개(시드 SEED..SEED+N-1)에서 학습하고 요약합니다</translation>
    </message>
    <message>
        <source>report when each contestant&apos;s epoch loss first reaches LOSS</source>
        <translation>참가자마다 에폭 손실이 처음 LOSS에 도달한 때를 알려 줍니다</translation>
    </message>
    <message>
        <source>each tuned: first try 7 learning rates (1e-3 to 1) per contestant with the same budget, then race each at its best rate, the one whose loss at the end of its tuning run was lowest</source>
        <translation>각자 조정: 먼저 참가자마다 같은 예산으로 학습률 7개(1e-3부터 1까지)를 시험하고, 각자 가장 좋은 학습률로 경주합니다. 가장 좋은 학습률은 조정 실행이 끝났을 때 손실이 가장 낮았던 것입니다</translation>
    </message>
    <message>
        <source>surface</source>
        <translation>곡면</translation>
    </message>
    <message>
        <source>descend a loss surface instead of training: rosenbrock, beale, himmelblau, saddle, bowl, elongated or local_minimum</source>
        <translation>학습 대신 손실 곡면을 내려갑니다: rosenbrock, beale, himmelblau, saddle, bowl, elongated 또는 local_minimum</translation>
    </message>
    <message>
        <source>starting point (default: the surface&apos;s)</source>
        <translation>시작점 (기본값: 곡면마다 정해진 점)</translation>
    </message>
    <message>
        <source>condition number of the bowl (default 10)</source>
        <translation>그릇의 조건수 (기본값 10)</translation>
    </message>
    <message>
        <source>add Gaussian noise of this standard deviation to every gradient (default 0)</source>
        <translation>모든 기울기에 이 표준편차의 가우스 노이즈를 더합니다 (기본값 0)</translation>
    </message>
    <message>
        <source>print one JSON object per contestant, nothing else</source>
        <translation>참가자마다 JSON 객체 하나만 출력합니다</translation>
    </message>
    <message>
        <source>download MNIST or Fashion-MNIST</source>
        <translation>MNIST나 Fashion-MNIST를 내려받습니다</translation>
    </message>
    <message>
        <source>Download a dataset&apos;s original files, checking their MD5 sums.</source>
        <translation>데이터셋의 원본 파일을 내려받고 MD5 체크섬을 확인합니다.</translation>
    </message>
    <message>
        <source>which dataset: mnist or fashion</source>
        <translation>데이터셋: mnist 또는 fashion</translation>
    </message>
    <message>
        <source>data folder to store the files in (default: the user data folder, where nnstudio looks for them)</source>
        <translation>파일을 저장할 데이터 폴더 (기본값: nnstudio가 찾아보는 사용자 데이터 폴더)</translation>
    </message>
    <message>
        <source>base URL to download from instead of the known mirrors (repeatable)</source>
        <translation>알려진 미러 대신 내려받을 기본 URL (여러 번 줄 수 있습니다)</translation>
    </message>
    <message>
        <source>download nothing: find the files (in --dest, else where nnstudio looks), verify their MD5 sums and decode them</source>
        <translation>아무것도 내려받지 않고, 파일을 찾아(--dest에서, 없으면 nnstudio가 찾아보는 곳에서) MD5 체크섬을 확인하고 디코딩합니다</translation>
    </message>
    <message>
        <source>{path}: the app does not open this kind of file: give a command ({commands}) or a file to open: {kinds}</source>
        <translation>{path}: 앱에서 열 수 없는 종류의 파일입니다. 명령({commands})이나 열 파일을 주세요. 열 수 있는 파일: {kinds}</translation>
    </message>
    <message>
        <source>nnstudio train: interrupted; the model was not saved to {path}</source>
        <translation>nnstudio train: 중단되었습니다. 모델은 {path}에 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>nnstudio: interrupted</source>
        <translation>nnstudio: 중단되었습니다</translation>
    </message>
    <message>
        <source>nnstudio {command}: error: {message}</source>
        <translation>nnstudio {command}: 오류: {message}</translation>
    </message>
    <message>
        <source>{path}: the app does not open this kind of file; it opens {kinds}</source>
        <translation>{path}: 앱에서 열 수 없는 종류의 파일입니다. 열 수 있는 파일: {kinds}</translation>
    </message>
    <message>
        <source>nnstudio: cannot start the desktop app: no display (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it in a desktop session or under &apos;xvfb-run nnstudio&apos;; &apos;nnstudio train --help&apos; works without a display.</source>
        <translation>nnstudio: 데스크톱 앱을 시작할 수 없습니다: 디스플레이가 없습니다(DISPLAY도 WAYLAND_DISPLAY도 설정되지 않았습니다). 데스크톱 세션이나 &apos;xvfb-run nnstudio&apos;로 실행하세요. &apos;nnstudio train --help&apos;는 디스플레이 없이도 됩니다.</translation>
    </message>
    <message>
        <source>nnstudio: cannot start the desktop app: {reason}. Install the GUI dependencies with &apos;pip install nnstudio&apos; (PySide6-Essentials, pyqtgraph). &apos;nnstudio train --help&apos; works without it.</source>
        <translation>nnstudio: 데스크톱 앱을 시작할 수 없습니다: {reason}. &apos;pip install nnstudio&apos;로 GUI에 필요한 패키지(PySide6-Essentials, pyqtgraph)를 설치하세요. &apos;nnstudio train --help&apos;는 그것 없이도 됩니다.</translation>
    </message>
    <message>
        <source>nnstudio: cannot start the desktop app: {reason}. &apos;nnstudio train --help&apos; works without it.</source>
        <translation>nnstudio: 데스크톱 앱을 시작할 수 없습니다: {reason}. &apos;nnstudio train --help&apos;는 그것 없이도 됩니다.</translation>
    </message>
    <message>
        <source>{kind}: {folder} OK — {train} training and {test} test images, checksums verified, decoded in {seconds} s</source>
        <translation>{kind}: {folder} 정상 — 학습 이미지 {train}개와 테스트 이미지 {test}개, 체크섬 확인, 디코딩 {seconds}초</translation>
    </message>
    <message>
        <source>--mirror {url} is not a web address: give one that starts with https:// or http://, such as {example}</source>
        <translation>--mirror {url} 값은 웹 주소가 아닙니다. {example}처럼 https://나 http://로 시작하는 주소를 주세요</translation>
    </message>
    <message>
        <source>{kind}: the four files are downloaded and verified in {folder}</source>
        <translation>{kind}: 파일 네 개를 내려받아 확인했습니다: {folder}</translation>
    </message>
    <message>
        <source>{kind}: the four files are already in {folder} and their checksums are verified; nothing was downloaded</source>
        <translation>{kind}: 네 파일이 이미 {folder}에 있고 체크섬을 확인했습니다. 아무것도 내려받지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>{kind}: %n file(s) downloaded into {folder}, where the others were already; the checksums of all four are verified</source>
        <translation>
            <numerusform>{kind}: 파일 %n개를 {folder}에 내려받았습니다. 나머지 파일은 이미 있었고, 네 파일 모두 체크섬을 확인했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>NN Studio finds them there only with --data-dir {folder} or the environment variable NNSTUDIO_DATA={folder}</source>
        <translation>NN Studio는 --data-dir {folder} 옵션이나 환경 변수 NNSTUDIO_DATA={folder} 설정이 있을 때만 그곳에서 파일을 찾습니다</translation>
    </message>
    <message>
        <source>the file {path} does not exist</source>
        <translation>파일이 없습니다: {path}</translation>
    </message>
    <message>
        <source>give --format pytorch or --format onnx: the file {path} ends neither in .py nor in .onnx</source>
        <translation>--format pytorch나 --format onnx를 주세요: {path} 파일은 .py로도 .onnx로도 끝나지 않습니다</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>파일을 썼습니다: {path}</translation>
    </message>
    <message>
        <source>{options}: only for a generated toy set such as xor_cloud or moons; {name} has its own points, so leave them out</source>
        <translation>{options}: xor_cloud나 moons 같은 생성형 연습용 데이터셋에만 쓰는 옵션입니다. {name} 데이터셋에는 정해진 점들이 있으니 이 옵션을 빼세요</translation>
    </message>
    <message>
        <source>{title} not found (searched: {searched}). Download it there with &apos;nnstudio download {name} --dest {folder}&apos;, or point --data-dir at the folder holding its four .gz files.</source>
        <translation>{title} 데이터를 찾지 못했습니다(찾아본 곳: {searched}). &apos;nnstudio download {name} --dest {folder}&apos; 명령으로 그 폴더에 내려받거나, --data-dir로 .gz 파일 네 개가 있는 폴더를 알려 주세요.</translation>
    </message>
    <message>
        <source>{title} not found (searched: {searched}). Download it with &apos;nnstudio download {name}&apos;, or point --data-dir or NNSTUDIO_DATA at the folder holding its four .gz files.</source>
        <translation>{title} 데이터를 찾지 못했습니다(찾아본 곳: {searched}). &apos;nnstudio download {name}&apos; 명령으로 내려받거나, --data-dir 또는 NNSTUDIO_DATA로 .gz 파일 네 개가 있는 폴더를 알려 주세요.</translation>
    </message>
    <message>
        <source>unknown dataset {name}; choose mnist, fashion, one of {names}, or give a .csv file</source>
        <translation>알 수 없는 데이터셋 {name}. mnist, fashion, {names} 중 하나를 고르거나 .csv 파일을 주세요</translation>
    </message>
    <message>
        <source>unknown activation {name}; choose one of {names}</source>
        <translation>알 수 없는 활성화 함수 {name}. 다음 중에서 고르세요: {names}</translation>
    </message>
    <message>
        <source>unknown optimizer {name}; choose one of {names}</source>
        <translation>알 수 없는 옵티마이저 {name}. 다음 중에서 고르세요: {names}</translation>
    </message>
    <message>
        <source>unknown loss {name}; choose one of {names}</source>
        <translation>알 수 없는 손실 함수 {name}. 다음 중에서 고르세요: {names}</translation>
    </message>
    <message>
        <source>unknown initializer {name}; choose one of {names}</source>
        <translation>알 수 없는 초기화 방법 {name}. 다음 중에서 고르세요: {names}</translation>
    </message>
    <message>
        <source>cannot save the model to {path}: a model file needs a name ending in .npz, such as {example}</source>
        <translation>모델을 {path}에 저장할 수 없습니다: 모델 파일의 이름은 .npz로 끝나야 합니다. 예: {example}</translation>
    </message>
    <message>
        <source>Training {architecture} ({hidden}; {activation} output, {loss}) with {optimizer} lr {lr}, batches of {batch}, {dtype}, seed {seed}</source>
        <translation>{architecture} 학습 ({hidden}, {activation} 출력, {loss}): {optimizer} lr {lr}, 배치 크기 {batch}, {dtype}, 시드 {seed}</translation>
    </message>
    <message>
        <source>Data: {name}; {train} training, {validation} validation and {test} test samples</source>
        <translation>데이터: {name}, 학습 샘플 {train}개, 검증 샘플 {validation}개, 테스트 샘플 {test}개</translation>
    </message>
    <message>
        <source>Epoch {epoch}/{epochs}</source>
        <translation>에폭 {epoch}/{epochs}</translation>
    </message>
    <message>
        <source>loss: {value}</source>
        <translation>손실: {value}</translation>
    </message>
    <message>
        <source>accuracy: {value}</source>
        <translation>정확도: {value}</translation>
    </message>
    <message>
        <source>val_loss: {value}</source>
        <translation>검증 손실: {value}</translation>
    </message>
    <message>
        <source>val_accuracy: {value}</source>
        <translation>검증 정확도: {value}</translation>
    </message>
    <message>
        <source>{seconds}s</source>
        <translation>{seconds}초</translation>
    </message>
    <message>
        <source>{rate} samples/s</source>
        <translation>초당 {rate} 샘플</translation>
    </message>
    <message>
        <source>batches of {n}</source>
        <translation>배치 크기 {n}</translation>
    </message>
    <message>
        <source>Test loss {loss} (test samples: {n}); training took {seconds} s</source>
        <translation>테스트 손실 {loss} (테스트 샘플 {n}개). 학습 시간 {seconds}초</translation>
    </message>
    <message>
        <source>Test loss {loss}, test accuracy {accuracy} (test samples: {n}); training took {seconds} s</source>
        <translation>테스트 손실 {loss}, 테스트 정확도 {accuracy} (테스트 샘플 {n}개). 학습 시간 {seconds}초</translation>
    </message>
    <message>
        <source>{n} x {contestants} runs (seeds {first}..{last} x contestants) in {seconds} s</source>
        <translation>실행 {n} x {contestants}회 (시드 {first}..{last} x 참가자), {seconds}초</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>no hidden layer</source>
        <translation>은닉층 없음</translation>
    </message>
    <message>
        <source>a project (.nnsproj), a table (.csv, .tsv, .txt), a model (.npz) or a picture of a digit (.png, .pgm)</source>
        <translation>프로젝트(.nnsproj), 표(.csv, .tsv, .txt), 모델(.npz), 숫자 그림(.png, .pgm)</translation>
    </message>
    <message>
        <source>a finite number &gt; 0</source>
        <translation>0보다 큰 유한한 수</translation>
    </message>
    <message>
        <source>a finite number &gt;= 0</source>
        <translation>0 이상의 유한한 수</translation>
    </message>
    <message>
        <source>mnist, fashion, a toy set (xor, xor_cloud, circle, gaussians, moons, spiral, three_blobs, spiral3, venn, sine) or a .csv file (default: %(default)s)</source>
        <translation>mnist, fashion, 연습용 데이터셋(xor, xor_cloud, circle, gaussians, moons, spiral, three_blobs, spiral3, venn, sine) 또는 .csv 파일 (기본값: %(default)s)</translation>
    </message>
    <message>
        <source>NN Studio: design a neural network visually, press Run, and watch it learn. Without a command, the desktop app starts; &apos;nnstudio FILE&apos; starts it on a file: a project or a table opens in the studio, a model or a picture of a digit in the drawing pad (see &apos;nnstudio gui --help&apos;).</source>
        <translation>NN Studio: 신경망을 눈으로 보며 설계하고, 실행을 누르고, 학습하는 모습을 지켜보세요. 명령 없이 실행하면 데스크톱 앱이 열립니다. &apos;nnstudio FILE&apos;로 실행하면 그 파일과 함께 열립니다. 프로젝트나 표는 스튜디오에서, 모델이나 숫자 그림은 그리기 패드에서 열립니다(&apos;nnstudio gui --help&apos; 참고).</translation>
    </message>
    <message>
        <source>the language of the app and of these messages (default: the system&apos;s; the app remembers the one chosen in View → Language; the NNSTUDIO_LANG variable does the same as this option)</source>
        <translation>앱과 이 메시지들의 언어 (기본값: 시스템 언어. 앱은 보기 → 언어에서 고른 언어를 기억합니다. NNSTUDIO_LANG 환경 변수도 이 옵션과 같은 역할을 합니다)</translation>
    </message>
    <message>
        <source>start the desktop app, on a file if one is given (the default without a command)</source>
        <translation>데스크톱 앱을 시작합니다. 파일을 주면 그 파일을 엽니다 (명령이 없을 때의 기본 동작)</translation>
    </message>
    <message>
        <source>Start the NN Studio desktop app, on FILE if one is given: a project (.nnsproj) or a table (.csv, .tsv, .txt) opens in the studio, a model (.npz) or a picture of a digit (.png, .pgm) in the drawing pad, as when the file is dropped on the window. &apos;nnstudio FILE&apos; is short for &apos;nnstudio gui FILE&apos;.</source>
        <translation>NN Studio 데스크톱 앱을 시작합니다. FILE을 주면 창에 파일을 끌어다 놓을 때처럼 엽니다. 프로젝트(.nnsproj)나 표(.csv, .tsv, .txt)는 스튜디오에서, 모델(.npz)이나 숫자 그림(.png, .pgm)은 그리기 패드에서 열립니다. &apos;nnstudio FILE&apos;은 &apos;nnstudio gui FILE&apos;을 줄인 것입니다.</translation>
    </message>
    <message>
        <source>a file to open: {kinds}</source>
        <translation>열 파일: {kinds}</translation>
    </message>
    <message>
        <source>pytorch: a .py script (+ .npz files beside it for large weights or data); onnx: an .onnx file (needs: pip install &apos;nnstudio[export]&apos;); default: the one --out&apos;s suffix names</source>
        <translation>pytorch: .py 스크립트 (가중치나 데이터가 크면 옆에 .npz 파일도 함께), onnx: .onnx 파일 (필요: pip install &apos;nnstudio[export]&apos;); 기본값: --out 파일의 확장자가 가리키는 형식</translation>
    </message>
    <message>
        <source>steps of each tuning run (default: the race&apos;s --steps; fewer can pick a rate that is only best early)</source>
        <translation>조정 실행마다의 스텝 수 (기본값: 경주의 --steps. 더 적으면 초반에만 가장 좋은 학습률을 고를 수 있습니다)</translation>
    </message>
    <message>
        <source>{path}: no such file: give a command ({commands}) or a file to open: {kinds}</source>
        <translation>{path} 파일이 없습니다. 명령({commands})이나 열 파일을 주세요. 열 수 있는 파일: {kinds}</translation>
    </message>
    <message>
        <source>{folder} is a folder, not a file: give one of its files, such as nnstudio {example}</source>
        <translation>{folder} 경로는 파일이 아니라 폴더입니다. 그 안의 파일을 주세요. 예: nnstudio {example}</translation>
    </message>
    <message>
        <source>{folder} is a folder, not a file: give a command ({commands}) or a file to open: {kinds}</source>
        <translation>{folder} 경로는 파일이 아니라 폴더입니다. 명령({commands})이나 열 파일을 주세요. 열 수 있는 파일: {kinds}</translation>
    </message>
    <message>
        <source>{path}: no such file; the app opens {kinds}</source>
        <translation>{path} 파일이 없습니다. 앱이 여는 파일: {kinds}</translation>
    </message>
    <message>
        <source>an ONNX file holds only the network that predicts: leave out {options} (for the PyTorch script&apos;s training part)</source>
        <translation>ONNX 파일에는 예측하는 신경망만 들어갑니다. 다음 옵션은 PyTorch 스크립트의 학습 부분에 쓰는 옵션이니 빼세요: {options}</translation>
    </message>
    <message>
        <source>cannot save the model to {path}: it is a folder; give a file name such as {example}</source>
        <translation>모델을 {path}에 저장할 수 없습니다: 폴더입니다. {example}처럼 파일 이름을 주세요</translation>
    </message>
    <message>
        <source>cannot save the model to {path}: the folder {folder} does not exist</source>
        <translation>모델을 {path}에 저장할 수 없습니다: 폴더가 없습니다: {folder}</translation>
    </message>
    <message>
        <source>cannot save the model to {path}: the folder {folder} is not writable</source>
        <translation>모델을 {path}에 저장할 수 없습니다: 폴더에 쓸 수 없습니다: {folder}</translation>
    </message>
    <message>
        <source>nnstudio train: {what} (epoch {epoch}): training diverged. Try a smaller learning rate than --lr {lr}, e.g. --lr {smaller} (nothing was saved).</source>
        <translation>nnstudio train: 에폭 {epoch}, {what}. 학습이 발산했습니다. --lr {lr}보다 작은 학습률(예: --lr {smaller})을 써 보세요. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>nnstudio train: {what} (epoch {epoch}): training diverged. Try a smaller learning rate than --lr {lr}, e.g. --lr {smaller}.</source>
        <translation>nnstudio train: 에폭 {epoch}, {what}. 학습이 발산했습니다. --lr {lr}보다 작은 학습률(예: --lr {smaller})을 써 보세요.</translation>
    </message>
    <message>
        <source>No test data in this dataset.</source>
        <translation>이 데이터셋에는 테스트 데이터가 없습니다.</translation>
    </message>
    <message>
        <source>Saved the model to {path}</source>
        <translation>모델을 저장했습니다: {path}</translation>
    </message>
    <message>
        <source>a contestant is given twice; give each contestant once</source>
        <translation>같은 참가자를 두 번 주었습니다. 참가자마다 한 번씩만 주세요</translation>
    </message>
    <message>
        <source>{options}: only for a race on a loss surface; give --surface NAME too, or leave them out</source>
        <translation>{options}: 손실 곡면 위의 경주에만 쓰는 옵션입니다. --surface NAME도 주거나 이 옵션을 빼세요</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>전체 배치</translation>
    </message>
    <message numerus="yes">
        <source>Race on {architecture} ({hidden}; {activation} output, {loss}), {data}: %n training sample(s), {batches}, {steps}, seed {seed}</source>
        <translation>
            <numerusform>{architecture} 신경망 경주 ({hidden}, {activation} 출력, {loss}), {data}: 학습 샘플 %n개, {batches}, {steps}, 시드 {seed}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 스텝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each tuned: {rates} learning rates for every contestant, %n step(s) each (the same budget), then the race at each one&apos;s best rate: the lowest loss at the end of its tuning run</source>
        <translation>
            <numerusform>각자 조정: 참가자마다 학습률 {rates}개를 각각 %n 스텝씩(같은 예산) 시험한 뒤, 각자 가장 좋은 학습률로 경주. 가장 좋은 학습률은 조정 실행이 끝났을 때 손실이 가장 낮은 것</numerusform>
        </translation>
    </message>
    <message>
        <source>diverged at step {step}</source>
        <translation>스텝 {step}에서 발산</translation>
    </message>
    <message>
        <source>median loss</source>
        <translation>손실 중앙값</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <source>reached {loss}</source>
        <translation>{loss} 도달</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>스텝</translation>
    </message>
    <message>
        <source>100% accuracy</source>
        <translation>정확도 100%</translation>
    </message>
    <message>
        <source>Same start for every contestant (weights {weights}), same batches (batches {batches})</source>
        <translation>모든 참가자가 같은 출발점(가중치 {weights})에서 같은 배치(배치 {batches})로 학습합니다</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>테스트 손실</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>테스트 정확도</translation>
    </message>
    <message>
        <source>steps to {loss}</source>
        <translation>{loss}까지 스텝</translation>
    </message>
    <message>
        <source>seconds to {loss}</source>
        <translation>{loss}까지 초</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <source>tuned lr {lr}</source>
        <translation>조정된 lr {lr}</translation>
    </message>
    <message>
        <source>--seeds and --tune race networks: leave them out with --surface</source>
        <translation>--seeds와 --tune은 신경망 경주용입니다. --surface와 함께 쓰지 마세요</translation>
    </message>
    <message>
        <source>{options}: not used by a race on a loss surface, which descends a function of two parameters; leave them out, or race a network without --surface</source>
        <translation>{options}: 손실 곡면 위의 경주는 매개변수 두 개의 함수를 내려가므로 이 옵션을 쓰지 않습니다. 이 옵션을 빼거나, --surface 없이 신경망으로 경주하세요</translation>
    </message>
    <message>
        <source>the network slice needs a network: race on a --dataset instead</source>
        <translation>신경망 단면에는 신경망이 필요합니다. 대신 --dataset으로 경주하세요</translation>
    </message>
    <message>
        <source>unknown surface {name}; choose one of {choices}</source>
        <translation>알 수 없는 곡면 {name}. 다음 중에서 고르세요: {choices}</translation>
    </message>
    <message>
        <source>--kappa: only for the bowl surface (its condition number); leave it out with {surface}</source>
        <translation>--kappa: bowl 곡면의 조건수이므로 bowl에만 씁니다. {surface} 곡면에서는 빼세요</translation>
    </message>
    <message numerus="yes">
        <source>{surface}: f(x, y) = {formula}, from ({x}, {y}), %n step(s), gradient noise {noise} (seed {seed})</source>
        <translation>
            <numerusform>{surface}: f(x, y) = {formula}, 시작 ({x}, {y}), %n 스텝, 기울기 노이즈 {noise} (시드 {seed})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{surface}: f(x, y) = {formula}, from ({x}, {y}), %n step(s)</source>
        <translation>
            <numerusform>{surface}: f(x, y) = {formula}, 시작 ({x}, {y}), %n 스텝</numerusform>
        </translation>
    </message>
    <message>
        <source>nearest minimum</source>
        <translation>가장 가까운 최솟값</translation>
    </message>
    <message>
        <source>distance</source>
        <translation>거리</translation>
    </message>
    <message>
        <source>contestant</source>
        <translation>참가자</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>The project has unsaved changes. Save them before you {0}?</source>
        <translation>프로젝트에 저장하지 않은 변경 사항이 있습니다. {0} 전에 저장할까요?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>Reload {0} from disk? Your changes since the last save are lost.</source>
        <translation>디스크에서 {0} 파일을 다시 불러올까요? 마지막으로 저장한 뒤의 변경 사항은 사라집니다.</translation>
    </message>
    <message>
        <source>Reload the project?</source>
        <translation>프로젝트를 다시 불러올까요?</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>다시 불러오기</translation>
    </message>
    <message>
        <source>NN Studio did not close properly last time. Your project {0} was saved automatically at {1}, at training step {2}. Restore it? (No deletes the autosaved copy.)</source>
        <translation>지난번에 NN Studio가 제대로 닫히지 않았습니다. 프로젝트 {0} 파일은 {1}에 학습 스텝 {2}에서 자동 저장되었습니다. 복원할까요? (아니요를 누르면 자동 저장본을 지웁니다.)</translation>
    </message>
    <message>
        <source>NN Studio did not close properly last time. Your project, not saved yet, was saved automatically at {1}, at training step {2}. Restore it? (No deletes the autosaved copy.)</source>
        <translation>지난번에 NN Studio가 제대로 닫히지 않았습니다. 아직 저장하지 않은 프로젝트가 {1}에 학습 스텝 {2}에서 자동 저장되었습니다. 복원할까요? (아니요를 누르면 자동 저장본을 지웁니다.)</translation>
    </message>
    <message>
        <source>Restore your work?</source>
        <translation>작업을 복원할까요?</translation>
    </message>
    <message>
        <source>{0}

Nothing is lost: the project stays open with all its changes. Save it in another folder or on another disk, or make room on this one and save again.</source>
        <translation>{0}

잃어버린 것은 없습니다. 프로젝트는 바뀐 내용을 모두 담은 채 열려 있습니다. 다른 폴더나 다른 디스크에 저장하거나, 이 디스크에 공간을 확보한 뒤 다시 저장하세요.</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>프로젝트를 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>다른 이름으로 저장…</translation>
    </message>
    <message>
        <source>{0}

Download it now (about 12–30 MB) into NN Studio&apos;s data folder?</source>
        <translation>{0}

지금 NN Studio의 데이터 폴더로 내려받을까요(약 12–30 MB)?</translation>
    </message>
    <message>
        <source>Download {0}?</source>
        <translation>{0} 내려받기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
</TS>
