<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
    <context>
        <name>ActivationExplorer</name>
        <message>
            <source>The unit's input z (or drag the vertical line).</source>
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
            <source>Shaded: |f′(z)| &lt; {0}, where almost no gradient passes ({1}).</source>
            <translation>음영: |f′(z)| &lt; {0}, 기울기가 거의 지나가지 못하는 곳 ({1}).</translation>
        </message>
        <message>
            <source>The slope never comes near zero: nothing is shaded.</source>
            <translation>기울기가 0 가까이 가는 곳이 없어 음영이 없습니다.</translation>
        </message>
        <message>
            <source>At z = {0}: f(z) = {1}, f′(z) = {2}</source>
            <translation>z = {0}에서: f(z) = {1}, f′(z) = {2}</translation>
        </message>
        <message>
            <source>After {0} sigmoid layers a gradient keeps at most 0.25{1} = {2} (1/{3}) of its size.</source>
            <translation>시그모이드 층 {0}개를 지나면 기울기는 많아야 0.25{1} = {2} (1/{3})만 남습니다.</translation>
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
            <source>The studio's network</source>
            <translation>스튜디오의 신경망</translation>
        </message>
        <message>
            <source>The studio's network on one training example: every weight's gradient, with a finite-difference estimate beside it.</source>
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
            <source>Compute the next value, one node at a time.</source>
            <translation>다음 값을 계산합니다. 한 번에 노드 하나씩.</translation>
        </message>
        <message>
            <source>◀ Backward</source>
            <translation>◀ 역전파</translation>
        </message>
        <message>
            <source>Give the next value its gradient: upstream × local = downstream.</source>
            <translation>다음 값의 기울기를 구합니다: 위에서 온 기울기 × 국소 미분값 = 아래로 넘길 기울기.</translation>
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
            <source>Clear the values and gradients (the studio's network: take its weights as they are now).</source>
            <translation>값과 기울기를 지웁니다 (스튜디오의 신경망: 지금의 가중치를 가져옵니다).</translation>
        </message>
        <message>
            <source>The studio's network has changed: press Start again to take it as it is now.</source>
            <translation>스튜디오의 신경망이 바뀌었습니다. 지금 상태를 가져오려면 ‘처음부터’를 누르세요.</translation>
        </message>
        <message>
            <source>No studio to take the network from.</source>
            <translation>신경망을 가져올 스튜디오가 없습니다.</translation>
        </message>
        <message>
            <source>The studio's network has {0} weights and biases: too many to draw. Set up lesson 1 (XOR, 2-2-1) and come back.</source>
            <translation>스튜디오의 신경망은 가중치와 편향이 {0}개라 그리기에 너무 많습니다. 1강(XOR, 2-2-1)을 설정하고 돌아오세요.</translation>
        </message>
        <message>
            <source>The studio's network on one example, up to its loss C. Press Forward to compute it node by node.</source>
            <translation>예제 하나에 대한 스튜디오의 신경망과 그 손실 C. ‘순전파’를 눌러 노드마다 계산해 보세요.</translation>
        </message>
        <message>
            <source>The inputs are given. Press Forward to compute {0} node by node.</source>
            <translation>입력값이 주어져 있습니다. ‘순전파’를 눌러 {0}까지 노드마다 계산해 보세요.</translation>
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
            <source>The sigmoid's local derivative is σ(1 − σ) = {0} × (1 − {0}) = {1}: at most 0.25, where its input is 0.</source>
            <translation>시그모이드의 국소 미분값은 σ(1 − σ) = {0} × (1 − {0}) = {1}입니다. 입력이 0일 때 최대 0.25입니다.</translation>
        </message>
        <message>
            <source>{0} is used {1} times: the gradients of all its uses add up.</source>
            <translation>{0}은(는) {1}번 쓰입니다. 쓰인 곳마다의 기울기를 모두 더합니다.</translation>
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
        <name>CostView</name>
        <message>
            <source>Cost and error count along one weight</source>
            <translation>가중치 하나를 따라 본 비용과 오류 개수</translation>
        </message>
        <message>
            <source>Sweep a weight of the studio's network</source>
            <translation>스튜디오 신경망의 가중치 하나 움직여 보기</translation>
        </message>
        <message>
            <source>Move one output-layer weight of the studio's network over a range and count, at each value, the cost and the misclassified test images.</source>
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
            <source>the weight's value</source>
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
            <source>Train a classifier in the studio first (Set up: Nielsen's network on MNIST), then sweep one of its weights.</source>
            <translation>먼저 스튜디오에서 분류기를 학습시킨 뒤(설정: MNIST의 닐슨 신경망) 가중치 하나를 움직여 보세요.</translation>
        </message>
        <message>
            <source>With the {0} cost and η = {1}, the badly wrong neuron (w = 2, b = 2) does not reach output {2} in {3} epochs.</source>
            <translation>{0} 비용과 η = {1}에서 크게 틀린 뉴런(w = 2, b = 2)은 {3} 에폭 안에 출력 {2}에 이르지 못합니다.</translation>
        </message>
        <message>
            <source>With the {0} cost and η = {1}, the badly wrong neuron (w = 2, b = 2) reaches output {2} after {3} epochs.</source>
            <translation>{0} 비용과 η = {1}에서 크게 틀린 뉴런(w = 2, b = 2)은 {3} 에폭 뒤에 출력 {2}에 이릅니다.</translation>
        </message>
        <message>
            <source>The studio's network is not a classifier with one output per class. Press Set up (Nielsen's network on MNIST) first.</source>
            <translation>스튜디오의 신경망이 클래스마다 출력이 하나인 분류기가 아닙니다. 먼저 설정(MNIST의 닐슨 신경망)을 누르세요.</translation>
        </message>
        <message>
            <source>Sweeping {0} (now {1}) on {2} test images…</source>
            <translation>테스트 이미지 {2}장에서 {0}(지금 {1})을(를) 움직이는 중…</translation>
        </message>
        <message>
            <source>{0} from {1} to {2}: the error count changes in whole steps ({3} jumps, flat in between — no slope to follow); the cost changes smoothly.</source>
            <translation>{0}을(를) {1}에서 {2}까지: 오류 개수는 계단처럼 바뀝니다(도약 {3}번, 그 사이는 평평해서 따라갈 기울기가 없습니다). 비용은 매끄럽게 바뀝니다.</translation>
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
            <source>The derivative is {0}; the quotient is off by {1}.</source>
            <translation>도함수는 {0}이고, 차분 몫은 {1}만큼 다릅니다.</translation>
        </message>
    </context>
    <context>
        <name>DescentView</name>
        <message>
            <source>The learning rate η: how far each step goes.</source>
            <translation>학습률 η: 한 걸음에 얼마나 가는지.</translation>
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
            <translation>한 걸음</translation>
        </message>
        <message>
            <source>One step: v → v − η∇C(v).</source>
            <translation>한 걸음: v → v − η∇C(v).</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>실행</translation>
        </message>
        <message>
            <source>Keep stepping (four steps a second) until you press it again.</source>
            <translation>다시 누를 때까지 계속 갑니다 (초당 네 걸음).</translation>
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
            <source>The lesson's rates:</source>
            <translation>강의의 학습률:</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>일시 정지</translation>
        </message>
        <message>
            <source>(η = {0}, measured over {1} steps from the start)</source>
            <translation>(η = {0}, 시작점에서 {1}걸음 동안 측정)</translation>
        </message>
        <message>
            <source>Step {0}: the ball has flown off (v = {1}).</source>
            <translation>{0}걸음: 공이 튕겨 나갔습니다 (v = {1}).</translation>
        </message>
        <message>
            <source>Step {0}: v = ({1}), C(v) = {2}, ∇C(v) = ({3})</source>
            <translation>{0}걸음: v = ({1}), C(v) = {2}, ∇C(v) = ({3})</translation>
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
            <source>layer {0}: {1}</source>
            <translation>{0}층: {1}</translation>
        </message>
        <message>
            <source>{0} with {1} weights: {2}. The spread (root mean square) of each layer's outputs: {3}.</source>
            <translation>{0}, {1} 가중치: {2}. 각 층 출력의 퍼짐(제곱평균제곱근): {3}.</translation>
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
            <source>Put this lesson's network, data and training settings into the studio and go there.</source>
            <translation>이 강의의 신경망, 데이터, 학습 설정을 스튜디오에 넣고 스튜디오로 갑니다.</translation>
        </message>
        <message>
            <source>Put the lesson's view back to where the lesson starts.</source>
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
            <source>Forget this lesson's answer and ticked tasks.</source>
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
            <translation>손실</translation>
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
            <source>binary cross-entropy</source>
            <translation>이진 교차 엔트로피</translation>
        </message>
        <message>
            <source>categorical cross-entropy</source>
            <translation>범주형 교차 엔트로피</translation>
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
            <source>The hidden layers are the same for every row: two layers of 8 ReLU units, as in the notes' Keras example. Only the output layer and the loss change with the problem.</source>
            <translation>은닉층은 모든 행에서 같습니다: 강의 노트의 Keras 예제처럼 ReLU 유닛 8개짜리 층 두 개. 문제에 따라 출력층과 손실만 바뀝니다.</translation>
        </message>
        <message>
            <source>{0}: {1} output, {2} — press Run.</source>
            <translation>{0}: {1} 출력, {2} — ‘실행’을 누르세요.</translation>
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
            <translation>MNIST 학습 이미지 앞 1,000장으로 [784, 256, 256, 10]을 {0} 에폭 동안, 처방 없이 한 번, 체크한 처방마다 한 번씩 학습시키고 학습·테스트 정확도를 잽니다.</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>중지</translation>
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
            <translation>처방</translation>
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
            <translation>차이</translation>
        </message>
        <message>
            <source>gap closed</source>
            <translation>줄어든 차이</translation>
        </message>
        <message>
            <source>{0}: epoch {1} of {2}, train {3:.1%}, test {4:.1%}</source>
            <translation>{0}: {2} 에폭 중 {1}, 학습 {3:.1%}, 테스트 {4:.1%}</translation>
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
    </context>
    <context>
        <name>VanishingView</name>
        <message>
            <source>Run Nielsen's experiment</source>
            <translation>닐슨의 실험 실행</translation>
        </message>
        <message>
            <source>Measure every hidden layer's ||∂C/∂b|| on the first 1,000 MNIST training images at initialization: sigmoid as Nielsen, then ReLU with He initialization, then large weights.</source>
            <translation>초기화 직후 MNIST 학습 이미지 앞 1,000장으로 각 은닉층의 ||∂C/∂b||를 잽니다: 닐슨처럼 시그모이드, 다음으로 He 초기화의 ReLU, 그리고 큰 가중치.</translation>
        </message>
        <message>
            <source>sigmoid (Nielsen)</source>
            <translation>시그모이드 (닐슨)</translation>
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
            <translation>시그모이드: 마지막/첫째</translation>
        </message>
        <message>
            <source>Nielsen's figure</source>
            <translation>닐슨의 값</translation>
        </message>
        <message>
            <source>N(0, 1) weights</source>
            <translation>N(0, 1) 가중치</translation>
        </message>
        <message>
            <source>Measuring…</source>
            <translation>측정하는 중…</translation>
        </message>
        <message>
            <source>The last hidden layer learns {0} faster than the first (Nielsen: 4.7×, 24×, 96×): the gradient vanishes toward the input.</source>
            <translation>마지막 은닉층이 첫 은닉층보다 {0} 빨리 배웁니다(닐슨: 4.7×, 24×, 96×). 입력 쪽으로 갈수록 기울기가 소실됩니다.</translation>
        </message>
        <message>
            <source>ReLU with He keeps the factor near 1; with N(0, 1) weights the first layer gets the larger gradient — it explodes toward the input.</source>
            <translation>He 초기화의 ReLU는 배율을 1 가까이 유지합니다. N(0, 1) 가중치에서는 첫 층의 기울기가 더 큽니다 — 입력 쪽으로 갈수록 기울기가 폭주합니다.</translation>
        </message>
    </context>
    <context>
        <name>XorTableView</name>
        <message>
            <source>Weights (shared with the studio)</source>
            <translation>가중치 (스튜디오와 공유)</translation>
        </message>
        <message>
            <source>Round y to 0 or 1 before the output unit, as the lecture does by hand</source>
            <translation>강의의 손 계산처럼 출력 유닛 전에 y를 0이나 1로 반올림</translation>
        </message>
        <message>
            <source>Train from random</source>
            <translation>무작위에서 학습</translation>
        </message>
        <message>
            <source>Give the studio's network random weights from a new seed and go to the studio: press Run and watch backpropagation find a solution.</source>
            <translation>새 시드로 스튜디오 신경망에 무작위 가중치를 주고 스튜디오로 갑니다. ‘실행’을 누르고 역전파가 해를 찾는 모습을 지켜보세요.</translation>
        </message>
        <message>
            <source>How often? Train {0} random starts</source>
            <translation>얼마나 자주? 무작위 시작 {0}번 학습</translation>
        </message>
        <message>
            <source>Train the 2-2-1 network from {0} different random weights at once (SGD, η = 3, 300 steps) and count how many solve XOR.</source>
            <translation>2-2-1 신경망을 서로 다른 무작위 가중치 {0}가지에서 한꺼번에 학습시키고(SGD, η = 3, 300걸음) 몇 번이 XOR을 푸는지 셉니다.</translation>
        </message>
        <message>
            <source>The studio holds another network. Press Set up to put the lecture's 2-2-1 sigmoid network and its weights there.</source>
            <translation>스튜디오에 다른 신경망이 있습니다. ‘설정’을 눌러 강의의 2-2-1 시그모이드 신경망과 가중치를 넣으세요.</translation>
        </message>
        <message>
            <source>The studio's network on the four XOR inputs. Type a weight here or in the studio's editor: both change at once.</source>
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
            <source>Random weights from seed {0}: press Run (Space) and watch backpropagation look for a solution.</source>
            <translation>시드 {0}의 무작위 가중치: ‘실행’(Space)을 누르고 역전파가 해를 찾는 모습을 지켜보세요.</translation>
        </message>
        <message>
            <source>Backpropagation solved XOR from {0} of {1} random starts (median {2} steps); from the others it got stuck in a local minimum.</source>
            <translation>역전파는 무작위 시작 {1}번 중 {0}번 XOR을 풀었습니다(중앙값 {2}걸음). 나머지에서는 지역 최솟값에 갇혔습니다.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Lessons…</source>
            <translation>강의(&amp;L)…</translation>
        </message>
        <message>
            <source>The lectures step by step, with their own numbers (F1).</source>
            <translation>강의 내용을 강의의 숫자 그대로 한 단계씩 (F1).</translation>
        </message>
    </context>
</TS>
